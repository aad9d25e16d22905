package main

// This file gives -fix (without -diff) a summary of what it did and what is
// left to do by hand. singlechecker applies the fixes (keeping x/tools'
// merging of overlapping fixes) but exits when done, so the driver runs it
// in a child process: the same binary, with the same arguments, and with
// fixReportEnv naming a file where the child records every diagnostic it
// reports. When the child has exited, the parent reads the file and prints
// the summary. The analysis runs once.

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/token"
	"io"
	"log"
	"os"
	"os/exec"
	"os/signal"
	"slices"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// fixReportEnv names the file where a -fix child records its diagnostics;
// it also tells the child that it is one.
const fixReportEnv = "WHISPIRLINT_FIX_REPORT"

// A fixRecord is one diagnostic of the -fix child.
type fixRecord struct {
	File    string   `json:"file"` // as in text output: //line directives applied
	Line    int      `json:"line"`
	Col     int      `json:"col"`
	Rule    string   `json:"rule"`
	Message string   `json:"message"`
	Fixed   []string `json:"fixed,omitempty"` // files its fix edits; empty when -fix leaves it alone
	Note    string   `json:"note,omitempty"`  // why a fix is not applied
}

// fixWithSummary runs the -fix child and, when it succeeds, prints the
// summary on stderr. It returns the child's exit code.
func fixWithSummary(args []string, stderr io.Writer) int {
	report, err := os.CreateTemp("", "whispirlint-fix-*.jsonl")
	if err != nil {
		return failf(stderr, "%v", err)
	}
	report.Close()
	defer os.Remove(report.Name())

	code, err := runChild(args, fixReportEnv+"="+report.Name(), os.Stdout, os.Stderr)
	if err != nil {
		return failf(stderr, "%v", err)
	}
	if code != exitOK {
		return code // the child has said what went wrong; its counts would mislead
	}
	records, err := readFixRecords(report.Name())
	if err != nil {
		return failf(stderr, "reading the -fix report: %v", err)
	}
	dir, _ := os.Getwd()
	writeSummary(stderr, records, dir)
	return exitOK
}

func failf(w io.Writer, format string, args ...any) int {
	fmt.Fprintf(w, "whispirlint: "+format+"\n", args...)
	return exitError
}

// runChild runs this executable again with args and env added to the
// environment (it names the child's report file), its output going to
// stdout and stderr, and returns its exit code.
func runChild(args []string, env string, stdout, stderr io.Writer) (int, error) {
	exe, err := os.Executable()
	if err != nil {
		return 0, err
	}
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), env)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, stdout, stderr
	if err := cmd.Start(); err != nil {
		return 0, err
	}
	// An interrupt from the terminal reaches the child too; let the child
	// decide, and report what it did. (Catching, not ignoring: an ignored
	// signal would stay ignored in the child.)
	interrupts := make(chan os.Signal, 1)
	signal.Notify(interrupts, os.Interrupt)
	defer signal.Stop(interrupts)

	err = cmd.Wait()
	if _, ok := err.(*exec.ExitError); err != nil && !ok {
		return 0, err
	}
	if code := cmd.ProcessState.ExitCode(); code >= 0 {
		return code, nil
	}
	return exitError, nil // killed by a signal
}

// fixChild is the child of a -fix run: singlechecker with a that records
// its diagnostics in the report file. It does not return.
func fixChild(a *analysis.Analyzer, report string) {
	f, err := os.OpenFile(report, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		log.Fatalf("%s: %v", a.Name, err)
	}
	delegate(recording(a, (&recorder{w: f}).record))
}

// recording returns a copy of a whose passes also give each diagnostic to
// record, after the driver has accepted it.
func recording(a *analysis.Analyzer, record func(*analysis.Pass, analysis.Diagnostic)) *analysis.Analyzer {
	wrapped := *a
	wrapped.Run = func(pass *analysis.Pass) (any, error) {
		report := pass.Report
		pass.Report = func(d analysis.Diagnostic) {
			report(d)
			record(pass, d)
		}
		return a.Run(pass)
	}
	return &wrapped
}

// A recorder writes fixRecords, one JSON object a line; passes run in
// parallel.
type recorder struct {
	mu  sync.Mutex
	w   io.Writer
	err error
}

func (rec *recorder) record(pass *analysis.Pass, d analysis.Diagnostic) {
	posn := pass.Fset.Position(d.Pos)
	r := fixRecord{File: posn.Filename, Line: posn.Line, Col: posn.Column, Rule: d.Category, Message: d.Message}
	if len(d.SuggestedFixes) > 0 {
		// Like x/tools' ApplyFixes: only the first fix, and none that
		// edits a generated file.
		files := editedFiles(pass, d.SuggestedFixes[0])
		if slices.ContainsFunc(files, func(name string) bool { return isGenerated(pass, name) }) {
			r.Note = "not fixed: generated file"
		} else {
			r.Fixed = files
		}
	}
	line, err := json.Marshal(r)
	if err != nil {
		panic(err) // a fixRecord always marshals
	}
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if rec.err != nil {
		return
	}
	if _, rec.err = rec.w.Write(append(line, '\n')); rec.err != nil {
		log.Printf("recording findings for the -fix summary: %v", rec.err)
	}
}

func editedFiles(pass *analysis.Pass, sf analysis.SuggestedFix) []string {
	var files []string
	for _, e := range sf.TextEdits {
		if name := pass.Fset.File(e.Pos).Name(); !slices.Contains(files, name) {
			files = append(files, name)
		}
	}
	return files
}

func isGenerated(pass *analysis.Pass, filename string) bool {
	for _, f := range pass.Files {
		if pass.Fset.File(f.FileStart).Name() == filename {
			return ast.IsGenerated(f)
		}
	}
	return false
}

func readFixRecords(name string) ([]fixRecord, error) { return readJSONLines[fixRecord](name) }

// readJSONLines reads a file of JSON values, one a line, as a child
// process records them.
func readJSONLines[T any](name string) ([]T, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var values []T
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, len(data)+1)
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return nil, err
		}
		values = append(values, v)
	}
	return values, sc.Err()
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

func displayPath(dir, name string) string {
	if rel, ok := relativeInside(dir, name); ok && dir != "" {
		return rel
	}
	return name
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
