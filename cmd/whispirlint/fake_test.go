package main

import (
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/whispirlint/whispirlint/analyzer"
)

// fakeAnalyzer stands in for whispirlint in tests of the driver, so that
// they do not depend on the rules. It reports every string literal that
// contains api.whispir.com (WL01, with a fix that rewrites the host to
// api.au.whispir.com) and every one that contains apikey= (WL02, no fix).
var fakeAnalyzer = &analysis.Analyzer{
	Name:     analyzer.Name,
	Doc:      analyzer.Analyzer.Doc,
	URL:      analyzer.DocURL,
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      runFake,
}

func runFake(pass *analysis.Pass) (any, error) {
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for n := range insp.PreorderSeq((*ast.BasicLit)(nil)) {
		lit := n.(*ast.BasicLit)
		if lit.Kind != token.STRING {
			continue
		}
		if i := strings.Index(lit.Value, "api.whispir.com"); i >= 0 {
			host := lit.Pos() + token.Pos(i)
			pass.Report(analysis.Diagnostic{
				Pos: lit.Pos(), End: lit.End(), Category: "WL01",
				Message: "legacy Whispir host api.whispir.com",
				SuggestedFixes: []analysis.SuggestedFix{{
					Message:   "Use the au host",
					TextEdits: []analysis.TextEdit{{Pos: host, End: host + token.Pos(len("api.whispir.com")), NewText: []byte("api.au.whispir.com")}},
				}},
			})
		}
		if strings.Contains(lit.Value, "apikey=") {
			pass.Report(analysis.Diagnostic{
				Pos: lit.Pos(), End: lit.End(), Category: "WL02",
				Message: "API key sent in the query string",
			})
		}
	}
	return nil, nil
}
