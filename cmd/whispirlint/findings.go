package main

import (
	"cmp"
	"errors"
	"fmt"
	"go/token"
	"io"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// A finding is one diagnostic of the analyzer, its positions resolved
// against the files on disk (//line directives are not applied, so the
// positions can be checked against, and converted with, the file's bytes).
type finding struct {
	rule     string // the diagnostic's Category: a rule ID
	message  string
	pos, end token.Position // !end.IsValid() when the diagnostic has no extent
	related  []related
	fix      *fix // the first suggested fix, nil if there is none
}

type related struct {
	pos, end token.Position
	message  string
}

type fix struct {
	message string
	edits   []edit
}

// An edit replaces the bytes [pos, end) of pos.Filename with newText.
type edit struct {
	pos, end token.Position
	newText  string
}

// analyze loads patterns the way singlechecker does and runs a on them.
// Package errors are written to stderr and make analyze fail, as do errors
// of the analysis itself: a partial report would read as "all clear" for the
// packages that were skipped.
func analyze(a *analysis.Analyzer, o *options, stderr io.Writer) ([]finding, error) {
	pkgs, err := loadPackages(a, o.patterns, o.tests)
	if err != nil {
		return nil, err
	}
	if n := printPackageErrors(stderr, pkgs); n > 0 {
		return nil, fmt.Errorf("%d errors in packages", n)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, &checker.Options{
		Sequential:  strings.Contains(o.debug, "p"),
		SanityCheck: strings.Contains(o.debug, "s"),
	})
	if err != nil {
		return nil, err
	}
	return collectFindings(graph)
}

// loadPackages mirrors the load of singlechecker (internal/checker.load).
func loadPackages(a *analysis.Analyzer, patterns []string, tests bool) ([]*packages.Package, error) {
	mode := packages.LoadSyntax
	if needFacts(a) {
		mode = packages.LoadAllSyntax
	}
	cfg := &packages.Config{Mode: mode | packages.NeedModule, Tests: tests}
	pkgs, err := packages.Load(cfg, patterns...)
	if err == nil && len(pkgs) == 0 {
		err = fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	return pkgs, err
}

// needFacts reports whether a or an analyzer it requires uses facts, in
// which case dependencies must be loaded from source too.
func needFacts(a *analysis.Analyzer) bool {
	if len(a.FactTypes) > 0 {
		return true
	}
	return slices.ContainsFunc(a.Requires, needFacts)
}

// printPackageErrors is packages.PrintErrors writing to w.
func printPackageErrors(w io.Writer, pkgs []*packages.Package) int {
	n := 0
	seenModules := make(map[*packages.Module]bool)
	packages.Visit(pkgs, nil, func(pkg *packages.Package) {
		for _, err := range pkg.Errors {
			fmt.Fprintln(w, err)
			n++
		}
		if mod := pkg.Module; mod != nil && mod.Error != nil && !seenModules[mod] {
			seenModules[mod] = true
			fmt.Fprintln(w, mod.Error.Err)
			n++
		}
	})
	return n
}

// collectFindings returns the diagnostics of the graph's roots, without the
// duplicates that files shared by a package and its test variant produce,
// sorted by file, line, column and rule. It fails if any action failed.
func collectFindings(graph *checker.Graph) ([]finding, error) {
	var errs []error
	for act := range graph.All() {
		if act.Err != nil {
			errs = append(errs, fmt.Errorf("%s: %v", act, act.Err))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}

	type key struct {
		file          string
		pos, end      int
		rule, message string
	}
	seen := make(map[key]bool)
	var all []finding
	for _, act := range graph.Roots {
		for _, d := range act.Diagnostics {
			f := newFinding(act.Package.Fset, d)
			k := key{f.pos.Filename, f.pos.Offset, f.end.Offset, f.rule, f.message}
			if !seen[k] {
				seen[k] = true
				all = append(all, f)
			}
		}
	}
	slices.SortFunc(all, compareFindings)
	return all, nil
}

func compareFindings(x, y finding) int {
	return cmp.Or(
		cmp.Compare(x.pos.Filename, y.pos.Filename),
		cmp.Compare(x.pos.Line, y.pos.Line),
		cmp.Compare(x.pos.Column, y.pos.Column),
		cmp.Compare(x.rule, y.rule),
		cmp.Compare(x.message, y.message),
	)
}

func newFinding(fset *token.FileSet, d analysis.Diagnostic) finding {
	f := finding{
		rule:    d.Category,
		message: d.Message,
		pos:     position(fset, d.Pos),
		end:     position(fset, d.End),
	}
	for _, r := range d.Related {
		f.related = append(f.related, related{position(fset, r.Pos), position(fset, r.End), r.Message})
	}
	if len(d.SuggestedFixes) > 0 {
		sf := d.SuggestedFixes[0]
		fx := &fix{message: sf.Message}
		for _, e := range sf.TextEdits {
			end := e.End
			if !end.IsValid() { // an insertion
				end = e.Pos
			}
			fx.edits = append(fx.edits, edit{position(fset, e.Pos), position(fset, end), string(e.NewText)})
		}
		f.fix = fx
	}
	return f
}

// position is the position of p in the file on disk; the zero Position
// (not valid) for token.NoPos.
func position(fset *token.FileSet, p token.Pos) token.Position {
	if !p.IsValid() {
		return token.Position{}
	}
	return fset.PositionFor(p, false)
}
