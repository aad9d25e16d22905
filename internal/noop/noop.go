// Package noop defines an analyzer that does nothing: no Requires, no
// report. Run by whispirlint's own driver (cmd/whispirlint built with -tags
// whispirlint_noop), it is the bare baseline that scripts/bench.sh measures
// whispirlint's own cost against: loading, parsing and type checking are
// common to both, so the difference between the two is all that
// whispirlint adds, its inspector included.
package noop

import "golang.org/x/tools/go/analysis"

// Analyzer reports nothing and requires nothing.
var Analyzer = &analysis.Analyzer{
	Name: "noop",
	Doc:  "noop: report nothing (a benchmark baseline)",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}
