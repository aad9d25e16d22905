package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

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

	src      map[*token.File][]byte // file contents, read on demand for edits
	noFix    map[*token.File]string // files whose fixes are withheld, and why
	consumed map[ast.Node]bool      // literals already reported as part of a larger site

	whispirObjs map[types.Object]bool   // variables and fields that hold a Whispir URL
	funcWhispir map[*ast.BlockStmt]bool // memo of funcMentionsWhispir
}

func newPassState(pass *analysis.Pass, cfg Config, region string) *passState {
	p := &passState{
		pass:     pass,
		cfg:      cfg,
		region:   region,
		insp:     pass.ResultOf[inspect.Analyzer].(*inspector.Inspector),
		src:      make(map[*token.File][]byte),
		noFix:    make(map[*token.File]string),
		consumed: make(map[ast.Node]bool),

		funcWhispir: make(map[*ast.BlockStmt]bool),
	}
	for _, f := range pass.Files {
		if why := fixBlocker(f); why != "" {
			p.noFix[pass.Fset.File(f.FileStart)] = why
		}
	}
	return p
}

// fixBlocker says why no fix may touch file f, or "".
func fixBlocker(f *ast.File) string {
	if ast.IsGenerated(f) {
		return "generated file: change its generator instead"
	}
	for _, imp := range f.Imports {
		if imp.Path.Value == `"C"` {
			return "cgo file: positions may not map back to the source, edit it by hand"
		}
	}
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			if strings.HasPrefix(c.Text, "//line ") || strings.HasPrefix(c.Text, "/*line ") {
				return "file has //line directives: positions may not map back to the source, edit it by hand"
			}
		}
	}
	return ""
}

// source returns the contents of the file holding pos, or nil.
func (p *passState) source(pos token.Pos) []byte {
	tf := p.pass.Fset.File(pos)
	if tf == nil {
		return nil
	}
	if b, ok := p.src[tf]; ok {
		return b
	}
	b, err := p.pass.ReadFile(tf.Name())
	if err != nil || len(b) != tf.Size() {
		b = nil // Not safe: the file changed since it was parsed.
	}
	p.src[tf] = b
	return b
}

// text returns the source text of n, or "" when it cannot be read.
func (p *passState) text(n ast.Node) string {
	b := p.source(n.Pos())
	if b == nil {
		return ""
	}
	tf := p.pass.Fset.File(n.Pos())
	return string(b[tf.Offset(n.Pos()):tf.Offset(n.End())])
}

// offset returns the byte offset of pos in its file.
func (p *passState) offset(pos token.Pos) int { return p.pass.Fset.File(pos).Offset(pos) }

// fixBlockedAt says why no fix may be offered at pos, or "".
func (p *passState) fixBlockedAt(pos token.Pos) string {
	tf := p.pass.Fset.File(pos)
	if why, ok := p.noFix[tf]; ok {
		return why
	}
	if p.source(pos) == nil {
		return "source file could not be read back"
	}
	return ""
}

// stringValue returns the constant string value of e, if it has one.
func (p *passState) stringValue(e ast.Expr) (string, bool) {
	tv, ok := p.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return "", false
	}
	return constantString(tv.Value)
}

// isString reports whether e has a string (or string-based) type.
func (p *passState) isString(e ast.Expr) bool {
	t := p.pass.TypesInfo.TypeOf(e)
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// report emits a diagnostic for rule r at [pos, end) with an optional fix.
func (p *passState) report(r Rule, pos, end token.Pos, msg string, fix *analysis.SuggestedFix) {
	d := analysis.Diagnostic{Pos: pos, End: end, Category: r.ID, Message: r.ID + ": " + msg}
	if fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	p.pass.Report(d)
}
