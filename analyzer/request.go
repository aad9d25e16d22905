package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/whispirlint/whispirlint/fixer"
)

// keyRef is the API key as the fix will send it: an expression of the
// program, or a literal found in a URL.
type keyRef struct {
	expr    ast.Expr
	literal string              // quoted, or the text of named constants
	verb    string              // the format verb that printed expr into the URL, or ""
	edits   []analysis.TextEdit // what taking the key out needs besides (an import deleted)
}

// keyText returns the source text of the key: its expression, or the
// quoted literal.
func (p *passState) keyText(key keyRef) string {
	if key.expr != nil {
		return p.text(key.expr)
	}
	return key.literal
}

// A request is a call of net/http that builds or sends a request.
type request struct {
	call    *ast.CallExpr
	fn      string // NewRequest, NewRequestWithContext, Get, Head, Post, PostForm
	method  bool   // a method of *http.Client rather than a package function
	urlArg  int
	httpPkg string // how the file names net/http, "" if it does not import it
}

// requestOf classifies call, or returns nil.
func (p *passState) requestOf(call *ast.CallExpr) *request {
	fn, _ := typeutil.Callee(p.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "net/http" {
		return nil
	}
	r := &request{call: call, fn: fn.Name(), method: isMethod(fn)}
	switch {
	case fn.Name() == "NewRequest" && !r.method:
		r.urlArg = 1
	case fn.Name() == "NewRequestWithContext" && !r.method:
		r.urlArg = 2
	case fn.Name() == "Get" || fn.Name() == "Head" || fn.Name() == "Post" || fn.Name() == "PostForm":
		if r.method && !isNamed(derefType(fn.Signature().Recv().Type()), "net/http", "Client") {
			return nil
		}
		r.urlArg = 0
	default:
		return nil
	}
	if len(call.Args) <= r.urlArg {
		return nil
	}
	return r
}

func derefType(t types.Type) types.Type {
	if p, ok := t.(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// isPrimary reports whether e can take a method call (e.Encode()) without
// parentheses.
func isPrimary(e ast.Expr) bool {
	switch e.(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.CallExpr, *ast.CompositeLit, *ast.IndexExpr, *ast.ParenExpr:
		return true
	}
	return false
}

// isPlain reports whether e is an identifier, selector or literal: an
// expression with no effects whose value cannot change between two reads
// in a row.
func (p *passState) isPlain(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.SelectorExpr:
		return p.isPlain(e.X)
	}
	return false
}

// textWithEdits returns the source of n with the edits (all inside n) applied.
func (p *passState) textWithEdits(n ast.Node, edits []analysis.TextEdit) string {
	src := p.source(n.Pos())
	start, end := p.offset(n.Pos()), p.offset(n.End())
	var b strings.Builder
	at := start
	for _, e := range edits {
		s, t := p.offset(e.Pos), p.offset(e.End)
		if s < start || t > end || s < at {
			continue
		}
		b.Write(src[at:s])
		b.Write(e.NewText)
		at = t
	}
	b.Write(src[at:end])
	return b.String()
}

// httpName returns the name under which the file holding pos imports net/http.
func (p *passState) httpName(pos token.Pos) string { return p.importName(pos, "net/http") }

// importName returns the name under which the file holding pos imports
// path, or "" (also for dot and blank imports).
func (p *passState) importName(pos token.Pos, path string) string {
	for _, f := range p.pass.Files {
		if f.FileStart > pos || pos > f.FileEnd {
			continue
		}
		for _, imp := range f.Imports {
			if imp.Path.Value != `"`+path+`"` {
				continue
			}
			if imp.Name != nil {
				if imp.Name.Name == "." || imp.Name.Name == "_" {
					return ""
				}
				return imp.Name.Name
			}
			if pkg, ok := p.pass.TypesInfo.Implicits[imp].(*types.PkgName); ok {
				return pkg.Name()
			}
		}
	}
	return ""
}

// deleteLines deletes stmt together with its line when it stands alone on
// it (an end-of-line comment goes with it).
func (p *passState) deleteLines(n ast.Node) (analysis.TextEdit, bool) {
	src := p.source(n.Pos())
	start, end := p.offset(n.Pos()), p.offset(n.End())
	lineStart := start - len(fixer.LineIndent(src, start))
	if lineStart > 0 && src[lineStart-1] != '\n' {
		return analysis.TextEdit{}, false
	}
	rest := end
	for rest < len(src) && (src[rest] == ' ' || src[rest] == '\t') {
		rest++
	}
	if rest+1 < len(src) && src[rest] == '/' && src[rest+1] == '/' {
		for rest < len(src) && src[rest] != '\n' {
			rest++
		}
	}
	if rest < len(src) && src[rest] != '\n' {
		return analysis.TextEdit{}, false
	}
	if rest < len(src) {
		rest++
	}
	tf := p.pass.Fset.File(n.Pos())
	return fixer.DeleteRange(tf.Pos(lineStart), tf.Pos(rest)), true
}

// deleteElement deletes elt from the composite literal lit: its whole line
// when it stands alone on one, else the element and its comma.
func (p *passState) deleteElement(lit *ast.CompositeLit, elt ast.Expr) (analysis.TextEdit, bool) {
	i := indexOf(lit.Elts, elt)
	src := p.source(elt.Pos())
	end := p.offset(elt.End())
	// Include the comma that follows, if any.
	j := end
	for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
		j++
	}
	if j < len(src) && src[j] == ',' {
		end = j + 1
	}
	tf := p.pass.Fset.File(elt.Pos())
	if del, ok := p.deleteLines(&span{elt.Pos(), tf.Pos(end)}); ok && len(lit.Elts) > 1 {
		// Have: one entry per line. The others may be aligned on the one
		// removed, so the literal is reformatted as gofmt would.
		start, stop := p.offset(lit.Pos()), p.offset(lit.End())
		text := string(src[start:p.offset(del.Pos)]) + string(src[p.offset(del.End):stop])
		formatted, err := fixer.FormatExpr(text, fixer.LineIndent(src, start))
		if err != nil {
			return analysis.TextEdit{}, false
		}
		return fixer.ReplaceNode(lit, formatted), true
	}
	switch {
	case len(lit.Elts) == 1:
		return fixer.DeleteRange(lit.Lbrace+1, lit.Rbrace), true
	case i+1 < len(lit.Elts):
		return fixer.DeleteRange(elt.Pos(), lit.Elts[i+1].Pos()), true
	default:
		return fixer.DeleteRange(lit.Elts[i-1].End(), elt.End()), true
	}
}

// span is a node for an arbitrary range.
type span struct{ pos, end token.Pos }

func (s *span) Pos() token.Pos { return s.pos }
func (s *span) End() token.Pos { return s.end }
