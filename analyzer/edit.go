package analyzer

import (
	"bytes"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/whispirlint/whispirlint/fixer"
)

// The edit toolkit: small operators that know nothing about any one rule
// (delete a statement or element, add or delete an import, a fresh name by
// scope, keep the comments an edit would drop), in the spirit of x/tools'
// internal/refactor.

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
// it (an end-of-line comment goes with it), or with the semicolon after it
// when another statement follows on its line.
func (p *passState) deleteLines(n ast.Node) (analysis.TextEdit, bool) {
	src := p.source(n.Pos())
	start, end := p.offset(n.Pos()), p.offset(n.End())
	tf := p.pass.Fset.File(n.Pos())
	// Have: q := u.Query(); q.Set("apikey", k); u.RawQuery = q.Encode(),
	// unformatted: the statement goes with the semicolon after it.
	if _, ok := n.(ast.Stmt); ok {
		next := end
		for next < len(src) && (src[next] == ' ' || src[next] == '\t') {
			next++
		}
		if next < len(src) && src[next] == ';' {
			next++
			for next < len(src) && (src[next] == ' ' || src[next] == '\t') {
				next++
			}
			if next < len(src) && src[next] != '\n' && src[next] != '\r' && src[next] != '/' {
				return fixer.DeleteRange(tf.Pos(start), tf.Pos(next)), true
			}
		}
	}
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
	if rest+1 < len(src) && src[rest] == '\r' && src[rest+1] == '\n' {
		rest++ // a CRLF line
	}
	if rest < len(src) && src[rest] != '\n' {
		return analysis.TextEdit{}, false
	}
	if rest < len(src) {
		rest++
	}
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

// resolvesTo reports whether name denotes obj at pos.
func (p *passState) resolvesTo(name string, pos token.Pos, obj types.Object) bool {
	scope := p.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return false
	}
	_, got := scope.LookupParent(name, pos)
	return got == obj
}

// pkgNameAt returns the name that denotes the imported package path at pos,
// or "" when the file does not import it or a local name hides it.
func (p *passState) pkgNameAt(pos token.Pos, path string) string {
	name := p.importName(pos, path)
	if name == "" {
		return ""
	}
	scope := p.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return ""
	}
	_, obj := scope.LookupParent(name, pos)
	if pn, ok := obj.(*types.PkgName); !ok || pn.Imported().Path() != path {
		return ""
	}
	return name
}

// freshName returns the first candidate that names nothing at pos and is
// not declared later in the block around pos.
func (p *passState) freshName(pos token.Pos, candidates ...string) string {
	scope := p.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return ""
	}
	for _, c := range candidates {
		if _, obj := scope.LookupParent(c, pos); obj == nil && scope.Lookup(c) == nil {
			return c
		}
	}
	return ""
}

// isNil reports whether e is the identifier nil, meaning nil where it stands.
func (p *passState) isNil(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == "nil" && p.universalNil(id.Pos())
}

// universalNil reports whether nil means nil at pos.
func (p *passState) universalNil(pos token.Pos) bool {
	return p.resolvesTo("nil", pos, types.Universe.Lookup("nil"))
}

func containsWord(s, w string) bool {
	isWord := func(b byte) bool {
		return b == '_' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
	}
	for i := strings.Index(s, w); i >= 0; {
		end := i + len(w)
		if (i == 0 || !isWord(s[i-1])) && (end == len(s) || !isWord(s[end])) {
			return true
		}
		j := strings.Index(s[i+1:], w)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// visibleAt reports whether every identifier of e denotes the same object at pos.
func (p *passState) visibleAt(e ast.Expr, pos token.Pos) bool {
	scope := p.pass.Pkg.Scope().Innermost(pos)
	ok := true
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			// Have: c.opts.apiKey: only c is looked up in scope.
			ast.Inspect(n.X, visit)
			return false
		case *ast.Ident:
			if ok {
				ok = p.identVisible(scope, n, pos)
			}
		}
		return ok
	}
	ast.Inspect(e, visit)
	return ok
}

func (p *passState) identVisible(scope *types.Scope, id *ast.Ident, pos token.Pos) bool {
	want := p.pass.TypesInfo.ObjectOf(id)
	if scope == nil || want == nil {
		return false
	}
	_, got := scope.LookupParent(id.Name, pos)
	return got == want
}

// keepComments keeps the comments that edits would delete: each edit that
// replaces text holding comments writes them back after its new text, as
// /* */ comments, or as a line comment where the line ends there.
func (p *passState) keepComments(edits []analysis.TextEdit) []analysis.TextEdit {
	for i, e := range edits {
		if e.End <= e.Pos {
			continue
		}
		f := p.fileOf(e.Pos)
		if f == nil {
			continue
		}
		var kept []string
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if c.Pos() >= e.Pos && c.End() <= e.End && !bytes.Contains(e.NewText, []byte(c.Text)) {
					kept = append(kept, c.Text)
				}
			}
		}
		if len(kept) == 0 {
			continue
		}
		src := p.source(e.End)
		rest := src[p.offset(e.End):]
		if nl := bytes.IndexByte(rest, '\n'); nl >= 0 {
			rest = rest[:nl]
		}
		lineEnds := len(bytes.TrimSpace(rest)) == 0
		var b strings.Builder
		b.Write(e.NewText)
		for j, c := range kept {
			if strings.HasPrefix(c, "//") && !(lineEnds && j == len(kept)-1) {
				if strings.Contains(c, "*/") {
					return edits // cannot be rewritten as a block comment: leave the fix as it is
				}
				c = "/*" + c[2:] + " */"
			}
			b.WriteString(" " + c)
		}
		edits[i].NewText = []byte(b.String())
	}
	return edits
}

// importsFor returns the names under which the file holding pos can refer
// to the packages at paths, with the edits that import those it does not
// import yet. It refuses when a name is shadowed or taken.
func (p *passState) importsFor(pos token.Pos, paths ...string) (map[string]string, []analysis.TextEdit, string) {
	scope := p.pass.Pkg.Scope().Innermost(pos)
	names := make(map[string]string)
	var missing []string
	for _, path := range paths {
		if name := p.importName(pos, path); name != "" {
			if _, obj := scope.LookupParent(name, pos); !isPkgName(obj, path) {
				return nil, nil, "the name " + name + " of package " + path + " is shadowed here: make the change by hand"
			}
			names[path] = name
			continue
		}
		name := path[strings.LastIndex(path, "/")+1:]
		if _, obj := scope.LookupParent(name, pos); obj != nil || p.pass.Pkg.Scope().Lookup(name) != nil || p.importsSomehow(pos, path) {
			return nil, nil, "the name " + name + " is taken: import " + path + " and make the change by hand"
		}
		names[path] = name
		missing = append(missing, path)
	}
	if len(missing) == 0 {
		return names, nil, ""
	}
	return names, p.addImports(pos, missing), ""
}

func isPkgName(obj types.Object, path string) bool {
	pn, ok := obj.(*types.PkgName)
	return ok && pn.Imported().Path() == path
}

// importsSomehow reports whether the file holding pos imports path under
// any name (also _ and .).
func (p *passState) importsSomehow(pos token.Pos, path string) bool {
	f := p.fileOf(pos)
	for _, imp := range f.Imports {
		if imp.Path.Value == strconv.Quote(path) {
			return true
		}
	}
	return false
}

func (p *passState) fileOf(pos token.Pos) *ast.File {
	for _, f := range p.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// addImports returns the edits that import paths into the file holding
// pos, in sorted order where gofmt keeps them: inside the first group of
// the first import declaration, after a lone import, or after the package
// clause.
//
// Fixes of one file that import "os", and one of them "encoding/base64"
// too, must not insert different text at one point: drivers that merge
// fixes would then import os twice. So every path has a fixed anchor: "os"
// is inserted at the start of a line, any other path at the end of one,
// and the edit for a path never depends on the other paths of the fix.
func (p *passState) addImports(pos token.Pos, paths []string) []analysis.TextEdit {
	f := p.fileOf(pos)
	src := p.source(pos)
	tf := p.pass.Fset.File(pos)
	eol := func(pos token.Pos) int { return fixer.LineEnd(src, p.offset(pos)) } // before its "\n" or "\r\n"
	nextLine := func(pos token.Pos) int { return fixer.NextLine(src, p.offset(pos)) }
	var decl *ast.GenDecl
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			decl = g
			break
		}
	}
	var edits []analysis.TextEdit
	for _, path := range paths {
		quoted := strconv.Quote(path)
		atLineStart := path == "os"
		var at int
		var text string
		switch {
		case decl == nil:
			// Have: no imports at all.
			if atLineStart {
				at, text = nextLine(f.Name.End()), "\nimport "+quoted+"\n"
			} else {
				at, text = eol(f.Name.End()), "\n\nimport "+quoted
			}
		case !decl.Lparen.IsValid():
			// Have: import "net/http"
			if atLineStart {
				at, text = nextLine(decl.End()), "import "+quoted+"\n"
			} else {
				at, text = eol(decl.End()), "\nimport "+quoted
			}
		default:
			// Have: import ( ... ): the first group ends at a blank line.
			group := decl.Specs[:1]
			for i := 1; i < len(decl.Specs); i++ {
				if tf.Line(decl.Specs[i].Pos()) != tf.Line(decl.Specs[i-1].End())+1 {
					break
				}
				group = decl.Specs[:i+1]
			}
			indent := fixer.LineIndent(src, p.offset(group[0].Pos()))
			before, after := decl.Lparen, token.NoPos // the lines around path's place
			for _, spec := range group {
				v, _ := strconv.Unquote(spec.(*ast.ImportSpec).Path.Value)
				if v < path {
					before = spec.End()
				} else if !after.IsValid() {
					after = spec.Pos()
				}
			}
			switch {
			case !atLineStart:
				at, text = eol(before), "\n"+indent+quoted
			case after.IsValid():
				at, text = p.offset(after)-len(fixer.LineIndent(src, p.offset(after))), indent+quoted+"\n"
			default:
				at, text = nextLine(before), indent+quoted+"\n"
			}
		}
		edits = append(edits, fixer.InsertBefore(tf.Pos(at), text))
	}
	return edits
}

// deleteImport deletes the import spec that declares pn, with its line.
func (p *passState) deleteImport(f *ast.File, pn *types.PkgName) (analysis.TextEdit, bool) {
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.IMPORT {
			continue
		}
		for _, spec := range g.Specs {
			imp := spec.(*ast.ImportSpec)
			var obj types.Object
			if imp.Name != nil {
				obj = p.pass.TypesInfo.Defs[imp.Name]
			} else {
				obj = p.pass.TypesInfo.Implicits[imp]
			}
			if obj != pn {
				continue
			}
			if len(g.Specs) == 1 {
				return p.deleteLines(g)
			}
			return p.deleteLines(imp)
		}
	}
	return analysis.TextEdit{}, false
}

// freshWord returns the first candidate that does not occur as a word in
// used (inside a function literal of its own, only the text it holds can
// clash).
func freshWord(used string, candidates ...string) string {
	for _, c := range candidates {
		if !containsWord(used, c) {
			return c
		}
	}
	return ""
}

// reindent indents every line of text after the first.
func reindent(text, indent string) string {
	lines := strings.Split(text, "\n")
	base := ""
	if len(lines) > 1 {
		base = fixer.LineIndent([]byte(lines[len(lines)-1]), 0)
	}
	for i := 1; i < len(lines); i++ {
		lines[i] = indent + strings.TrimPrefix(lines[i], base)
	}
	return strings.Join(lines, "\n")
}

// startsLine reports whether n is the first thing on its line.
func (p *passState) startsLine(n ast.Node) bool {
	src := p.source(n.Pos())
	start := p.offset(n.Pos())
	i := start - len(fixer.LineIndent(src, start))
	return i == 0 || src[i-1] == '\n'
}

// textBetween returns the source text from pos to end.
func (p *passState) textBetween(pos, end token.Pos) string {
	return string(p.source(pos)[p.offset(pos):p.offset(end)])
}

func (s *span) Pos() token.Pos { return s.pos }

func (s *span) End() token.Pos { return s.end }
