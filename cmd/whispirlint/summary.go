package main

// This file is the summary -fix prints on stderr: what it migrated, and
// each finding left for a change by hand, with the reason.

import (
	"cmp"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"maps"
	"os"
	"slices"

	"golang.org/x/tools/go/analysis"
)

// A fixRecord is one finding as the summary shows it.
type fixRecord struct {
	File    string // as in text output: //line directives applied
	Line    int
	Col     int
	Rule    string
	Message string
	Fixed   []string // files its fix edits; empty when -fix leaves it alone
	Note    string   // why a fix is not applied
}

// fixRecords are the findings of r with what plan does with them.
func fixRecords(r *report, plan *fixPlan) []fixRecord {
	var records []fixRecord
	for i, f := range r.findings {
		rec := fixRecord{File: f.posn.Filename, Line: f.posn.Line, Col: f.posn.Column, Rule: f.rule, Message: f.message, Note: plan.notes[i]}
		if plan.fixed[i] {
			rec.Fixed = f.fix.editedFiles()
		}
		if r.isConfig(f.pos.Filename) {
			rec.Col = r.columnInFixed(plan, i)
		}
		records = append(records, rec)
	}
	return records
}

// recheck analyzes the packages again, as -fix wrote them, and returns the
// records of the summary: what the run migrated, and what is left by hand
// at its position in the written files. A finding the fixes resolved is
// not listed; one that has a fix now (it overlapped another fix, or gofmt
// moved it onto a line of its own) says to run -fix again. The masker knows the credentials the
// second analysis points at.
func recheck(a *analysis.Analyzer, o *options, r *report, records []fixRecord, prog *progress) ([]fixRecord, *masker, error) {
	var x *exclusions
	if r.exclusions != nil {
		// The same exclusions; -new-from-rev's lines as they now are.
		copied := *r.exclusions
		x = &copied
		if o.newFromRev != "" {
			var err error
			if x.changed, err = changedLines(x.cwd, o.newFromRev); err != nil {
				return nil, nil, err
			}
		}
	}
	after, err := analyze(a, o, x, io.Discard, prog)
	if err == nil {
		err = after.brokenError()
	}
	if err != nil {
		return nil, nil, fmt.Errorf("-fix wrote its changes, but the packages no longer load: %v", err)
	}
	if x != nil {
		after.exclude(x)
	}
	plan, err := planFixes(after, os.ReadFile)
	if err != nil {
		return nil, nil, err
	}
	var out []fixRecord
	for _, rec := range records {
		if len(rec.Fixed) > 0 || r.isConfig(rec.File) { // configuration files are not analyzed again
			out = append(out, rec)
		}
	}
	for i, f := range after.findings {
		note := plan.notes[i]
		if plan.fixed[i] {
			note = noteAgain // it overlapped another fix, or a fix moved it onto a line of its own
		}
		out = append(out, fixRecord{File: f.posn.Filename, Line: f.posn.Line, Col: f.posn.Column, Rule: f.rule, Message: f.message, Note: note})
	}
	return out, reportMasker(after), nil
}

func failf(w io.Writer, format string, args ...any) int {
	fmt.Fprintf(w, "whispirlint: "+format+"\n", args...)
	return exitError
}

// writeSummary prints what -fix did:
//
//	whispirlint: migrated N sites in M files; K findings need a change by hand:
//	file:line:col: message
//
// Records are deduplicated (a file shared by a package and its test variant
// is analyzed twice) and file names shown relative to dir when inside it.
func writeSummary(w io.Writer, records []fixRecord, dir string) {
	records = uniqueRecords(records)
	if len(records) == 0 {
		fmt.Fprintln(w, "whispirlint: no findings")
		return
	}
	var byHand []fixRecord
	sites, files := 0, make(map[string]bool)
	for _, r := range records {
		if len(r.Fixed) == 0 {
			byHand = append(byHand, r)
			continue
		}
		sites++
		for _, f := range r.Fixed {
			files[f] = true
		}
	}
	fmt.Fprintf(w, "whispirlint: migrated %s in %s", plural(sites, "site"), plural(len(files), "file"))
	if len(byHand) == 0 {
		fmt.Fprintln(w, ".")
		return
	}
	verb := "need"
	if len(byHand) == 1 {
		verb = "needs"
	}
	fmt.Fprintf(w, "; %s %s a change by hand:\n", plural(len(byHand), "finding"), verb)
	for _, r := range byHand {
		msg := r.Message
		if r.Note != "" {
			msg += " (" + r.Note + ")"
		}
		fmt.Fprintf(w, "%s: %s\n", token.Position{Filename: displayPath(dir, r.File), Line: r.Line, Column: r.Col}, msg)
	}
}

// countByHand is the number of distinct findings that -fix leaves alone.
// jsonSummary is the -fix -json summary on stdout.
type jsonSummary struct {
	Migrated     []jsonRecord `json:"migrated"`
	ByHand       []jsonRecord `json:"by_hand"`
	FilesChanged []string     `json:"files_changed"`
}

type jsonRecord struct {
	File    string   `json:"file"`
	Line    int      `json:"line"`
	Column  int      `json:"column"`
	Rule    string   `json:"rule"`
	Message string   `json:"message"`
	Note    string   `json:"note,omitempty"`
	Files   []string `json:"files,omitempty"`
}

// writeSummaryJSON writes what -fix did as JSON (paths relative to dir),
// for scripts: the same content as writeSummary.
func writeSummaryJSON(w io.Writer, records []fixRecord, dir string, m *masker) {
	s := jsonSummary{Migrated: []jsonRecord{}, ByHand: []jsonRecord{}, FilesChanged: []string{}}
	files := make(map[string]bool)
	for _, r := range uniqueRecords(records) {
		jr := jsonRecord{File: displayPath(dir, r.File), Line: r.Line, Column: r.Col, Rule: r.Rule, Message: r.Message, Note: r.Note}
		if len(r.Fixed) == 0 {
			s.ByHand = append(s.ByHand, jr)
			continue
		}
		for _, f := range r.Fixed {
			jr.Files = append(jr.Files, displayPath(dir, f))
			files[displayPath(dir, f)] = true
		}
		s.Migrated = append(s.Migrated, jr)
	}
	s.FilesChanged = slices.Sorted(maps.Keys(files))
	data, err := json.MarshalIndent(s, "", "\t")
	if err != nil {
		panic(err) // plain structs always marshal
	}
	fmt.Fprintf(w, "%s\n", m.maskJSON(string(data)))
}

func countByHand(records []fixRecord) int {
	n := 0
	for _, r := range uniqueRecords(slices.Clone(records)) {
		if len(r.Fixed) == 0 {
			n++
		}
	}
	return n
}

func uniqueRecords(records []fixRecord) []fixRecord {
	slices.SortFunc(records, func(x, y fixRecord) int {
		return cmp.Or(
			cmp.Compare(x.File, y.File),
			cmp.Compare(x.Line, y.Line),
			cmp.Compare(x.Col, y.Col),
			cmp.Compare(x.Rule, y.Rule),
			cmp.Compare(x.Message, y.Message),
		)
	})
	return slices.CompactFunc(records, func(x, y fixRecord) bool {
		return x.File == y.File && x.Line == y.Line && x.Col == y.Col && x.Rule == y.Rule && x.Message == y.Message
	})
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
