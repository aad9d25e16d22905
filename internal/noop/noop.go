// Package noop defines an analyzer that does nothing but require
// inspect.Analyzer, as whispirlint does. Run by whispirlint's own driver
// (cmd/whispirlint built with -tags whispirlint_noop), it is the baseline
// that scripts/bench.sh measures whispirlint's own cost against: loading, parsing, type checking
// and building the inspector are common to both, so the difference between
// the two is what whispirlint's rules add.
package noop

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// Analyzer requires the shared inspector and reports nothing.
var Analyzer = &analysis.Analyzer{
	Name:     "noop",
	Doc:      "noop: require inspect.Analyzer and report nothing (a benchmark baseline)",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		// Take the result so the inspector is built and used exactly as
		// for whispirlint.
		_ = pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		return nil, nil
	},
}
