package analyzer

import (
	"bytes"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/whispirlint/whispirlint/fixer"
)

// passState is what every rule of one pass shares.
type passState struct {
	pass   *analysis.Pass
	cfg    Config
	region string               // "" when no region is known: no host-rewriting fixes
	insp   *inspector.Inspector // built on first use (see inspector)

	src      map[*token.File][]byte // file contents, read on demand for edits
	noFix    map[*token.File]string // files whose fixes are withheld, and why
	consumed map[ast.Node]bool      // literals already reported as part of a larger site
	keyParts map[ast.Node]bool      // constant literals reported as parts of a key (WL12)

	whispirObjs  map[types.Object]bool           // variables and fields that hold a Whispir URL
	funcWhispir  map[*ast.BlockStmt]bool         // memo of funcMentionsWhispir
	funcReturns  map[*types.Func]bool            // memo of returnsWhispir
	reach        *reachGraph                     // built on first use (see reach.go)
	madeText     map[ast.Node]string             // the text of expressions the analyzer made up (see made)
	modRoot      *[2]string                      // the module's root and path, once known (see module)
	formatConsts map[*ast.CallExpr]*ast.BasicLit // constant formats a call alone uses (see formatConstants)
	ifaceMethods map[string]bool                 // names of methods selected on interfaces (see calledThroughInterface)
	inertCallees map[string]bool                 // "path.Func#i": whether another package's function only reads request argument i (see inertRequestParam)
	private      map[string]bool                 // exported names of an internal package that no other package mentions (see privateToModule)
	strayHeld    map[types.Object]string         // names whose hosts stay for a stray, and why
	hints        map[*token.File]hints           // the fast path: see fileHints

	bindings     []binding                             // the values assigned to variables and fields (see collectWhispirObjects)
	dropped      func(rule string, pos token.Pos) bool // reports the driver drops (suppressed, deselected), or nil
	unseen       *unseenTests                          // the package's test files this pass does not hold
	holding      bool                                  // reports are held (see decline.go)
	whispirFiles []inspector.Cursor                    // the files with a Whispir hint
	held         []*heldReport                         // the held reports, in order
	keys         []*keyReport                          // the held WL02 reports, decided together
	declined     []declinedRange                       // code whose retired hosts must stay as they are

	resetHeader   ast.Stmt               // the req.Header = ... the header is set after (see headerReset)
	pendingVia    []viaCall              // the helper calls of the fix being built (see callee.go)
	pendingShared map[string]bool        // and the helpers' header edits it holds
	keyArgs       map[*ast.CallExpr]bool // helper calls that pass a key in a new parameter (see keyParam)
	keyParams     map[*types.Func]*keyParamHelper
	harmless      map[*types.Func]bool         // functions of the package that change nothing (see harmlessFunc)
	hoisted       map[ast.Node]map[string]bool // per function, the names of keys moved into variables (see hoistKey)
	flagNames     *bool                        // the package reads command-line flags by name (see flagsByName)
	whispirHost   *bool                        // a file writes a Whispir host (see writesWhispirHost)
	copied        []copiedText                 // source a fix copies into new text (see withdrawCopied)

	// Lookup indexes, built on first use (see ranges.go).
	keyIndex        *spanIndex
	keyIndexed      int // len(keys) when keyIndex was built
	declinedIndex   *spanIndex
	declinedIndexed int // len(declined) when declinedIndex was built
	constUse        map[*types.Const][]*ast.Ident
	fileCurs        map[*token.File]inspector.Cursor
}

func newPassState(pass *analysis.Pass, cfg Config, region string) *passState {
	p := &passState{
		pass:     pass,
		cfg:      cfg,
		region:   region,
		src:      make(map[*token.File][]byte),
		noFix:    make(map[*token.File]string),
		consumed: make(map[ast.Node]bool),
		keyParts: make(map[ast.Node]bool),

		pendingShared: make(map[string]bool),
		keyArgs:       make(map[*ast.CallExpr]bool),
		keyParams:     make(map[*types.Func]*keyParamHelper),
		harmless:      make(map[*types.Func]bool),
		hoisted:       make(map[ast.Node]map[string]bool),

		funcWhispir: make(map[*ast.BlockStmt]bool),
		funcReturns: make(map[*types.Func]bool),
		strayHeld:   make(map[types.Object]string),
		madeText:    make(map[ast.Node]string),
	}
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.FileStart)
		if why := fixBlocker(f); why != "" {
			p.noFix[tf] = why
		} else if sc := cfg.scope; sc != nil && sc.LeftOut != nil && sc.LeftOut(tf.Name()) {
			p.noFix[tf] = "the run leaves this file out (-exclude)"
		}
	}
	return p
}

// fixBlocker says why no fix may touch file f, or "".
func fixBlocker(f *ast.File) string {
	const cgo = "cgo file: positions may not map back to the source, edit it by hand"
	for _, imp := range f.Imports {
		if imp.Path.Value == `"C"` {
			return cgo
		}
	}
	// Have: cmd/cgo's translation of a file that imports "C", as go list
	// compiles it: marked generated, but the findings are the user's own
	// (its //line directives map them back to the file they wrote).
	if isCgoOutput(f) {
		return cgo
	}
	if ast.IsGenerated(f) {
		return "generated file: change its generator instead"
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

// isCgoOutput reports whether f was written by cmd/cgo.
func isCgoOutput(f *ast.File) bool {
	for _, cg := range f.Comments {
		if cg.Pos() > f.Package {
			break
		}
		for _, c := range cg.List {
			if c.Text == "// Code generated by cmd/cgo; DO NOT EDIT." {
				return true
			}
		}
	}
	return false
}

// inspector returns the package's inspector, built on first use: only a
// package with a hint (see hints.go) pays for one.
func (p *passState) inspector() *inspector.Inspector {
	if p.insp == nil {
		p.insp = inspector.New(p.pass.Files)
	}
	return p.insp
}

// fileCursors returns the cursors of the files with hint h. Unless the
// package's inspector is built already, each gets an inspector of its own:
// rules that look at one file at a time (WL11, WL12) need not build one for
// the whole package.
func (p *passState) fileCursors(h hints) []inspector.Cursor {
	if p.insp != nil {
		return p.filesWith(h)
	}
	var files []inspector.Cursor
	for _, f := range p.pass.Files {
		if p.fileHints()[p.pass.Fset.File(f.FileStart)]&h == 0 {
			continue
		}
		for fc := range inspector.New([]*ast.File{f}).Root().Children() {
			files = append(files, fc)
		}
	}
	return files
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

// text returns the source text of n, or "" when it cannot be read. An
// expression the analyzer made up (see made) has the text it was made with.
func (p *passState) text(n ast.Node) string {
	if t, ok := p.madeText[n]; ok {
		return t
	}
	b := p.source(n.Pos())
	tf := p.pass.Fset.File(n.Pos())
	if b == nil || tf == nil || p.pass.Fset.File(n.End()) != tf || n.End() < n.Pos() {
		return "" // Have: a node made up by the analyzer (see helperFix)
	}
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
	return t != nil && isStringType(t)
}

// report emits a diagnostic for rule r at [pos, end) with an optional fix.
func (p *passState) report(r Rule, pos, end token.Pos, msg string, fix *analysis.SuggestedFix) {
	if p.holding {
		p.held = append(p.held, &heldReport{rule: r, pos: pos, end: end, msg: msg, fix: fix})
		return
	}
	d := analysis.Diagnostic{Pos: pos, End: end, Category: r.ID, Message: r.ID + ": " + msg}
	if fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{p.withLineEndings(*fix)}
	}
	p.pass.Report(d)
}

// made records the text of a selector chain the analyzer made up from
// nodes of different places (a caller's field read from a helper's
// receiver): its positions span unrelated source, which must never be
// quoted. It returns e.
func (p *passState) made(e ast.Expr) ast.Expr {
	var text func(e ast.Expr) string
	text = func(e ast.Expr) string {
		switch e := e.(type) {
		case *ast.Ident:
			return e.Name
		case *ast.SelectorExpr:
			t := text(e.X) + "." + e.Sel.Name
			p.madeText[e] = t
			return t
		}
		return ""
	}
	text(e)
	return e
}

// withLineEndings writes the lines fix inserts with the line ending of the
// file each edit is in: the rules write "\n", a Windows checkout has "\r\n".
func (p *passState) withLineEndings(fix analysis.SuggestedFix) analysis.SuggestedFix {
	var edits []analysis.TextEdit
	for i, e := range fix.TextEdits {
		if !bytes.Contains(e.NewText, []byte("\n")) {
			continue
		}
		eol := fixer.LineEnding(p.source(e.Pos))
		if eol == "\n" {
			continue
		}
		if edits == nil {
			edits = slices.Clone(fix.TextEdits)
		}
		edits[i].NewText = []byte(fixer.WithLineEnding(string(e.NewText), eol))
	}
	if edits != nil {
		fix.TextEdits = edits
	}
	return fix
}

// fileLine names the place of pos as "file.go:line", for the places a
// whole-program driver or a message names across packages.
func (p *passState) fileLine(pos token.Pos) string {
	posn := p.pass.Fset.Position(pos)
	return filepath.Base(posn.Filename) + ":" + strconv.Itoa(posn.Line)
}
