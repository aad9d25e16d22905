package analyzer

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// passState is what every rule of one pass shares.
type passState struct {
	pass   *analysis.Pass
	cfg    Config
	region string // "" when no region is known: no host-rewriting fixes
	insp   *inspector.Inspector
}

func newPassState(pass *analysis.Pass, cfg Config, region string) *passState {
	return &passState{
		pass:   pass,
		cfg:    cfg,
		region: region,
		insp:   pass.ResultOf[inspect.Analyzer].(*inspector.Inspector),
	}
}
