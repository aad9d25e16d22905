package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// Hosts that are compared. A retired host is not only built into URLs: a
// transport adds the key when r.URL.Host == "api.whispir.com", a helper
// rewrites strings.Replace(u, "api.whispir.com", mirror, 1), a request
// gets Basic credentials when strings.HasPrefix(u, "https://api.whispir.com/").
// Such a pattern must change together with every URL it is compared with:
// rewritten while one of them stays retired (a site left by hand, a host in
// a generated file or in another package), the comparison no longer
// matches, and left while they move, it no longer matches either. So where
// a package compares a retired host, its hosts move all together or not at
// all; across packages, see Scope and keyedNeighbour.

// patternFuncs are the functions of strings and bytes whose arguments at
// these indexes are patterns matched against other text.
var patternFuncs = map[string][]int{
	"HasPrefix": {1}, "HasSuffix": {1}, "Contains": {1}, "ContainsAny": {1}, "Index": {1},
	"LastIndex": {1}, "EqualFold": {0, 1}, "TrimPrefix": {1}, "TrimSuffix": {1}, "CutPrefix": {1},
	"CutSuffix": {1}, "Cut": {1}, "Count": {1}, "Split": {1}, "SplitN": {1}, "SplitAfter": {1},
	"Replace": {1}, "ReplaceAll": {1}, "Compare": {0, 1},
}

// compared reports whether the literal at cur is a pattern: compared with
// == or !=, a case of a switch, or a pattern argument of strings or bytes
// (directly, or as the value of a constant or variable used so).
func (p *passState) compared(cur inspector.Cursor) bool {
	if p.comparedHere(cur) {
		return true
	}
	spec, ok := enclosingSpec(cur).(*ast.ValueSpec)
	if !ok {
		return false
	}
	for _, name := range spec.Names {
		for _, id := range p.usesOf(p.pass.TypesInfo.Defs[name]) {
			if c, ok := p.cursorOf(id); ok && p.comparedHere(c) {
				return true
			}
		}
	}
	return false
}

// comparedHere reports whether the expression at cur is used as a pattern.
func (p *passState) comparedHere(cur inspector.Cursor) bool {
	n := cur.Node()
	for {
		if _, ok := cur.Parent().Node().(*ast.ParenExpr); !ok {
			break
		}
		cur = cur.Parent()
		n = cur.Node()
	}
	switch parent := cur.Parent().Node().(type) {
	case *ast.BinaryExpr:
		return parent.Op == token.EQL || parent.Op == token.NEQ
	case *ast.CaseClause:
		return true
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(p.pass.TypesInfo, parent).(*types.Func)
		if !ok || fn.Pkg() == nil || (fn.Pkg().Path() != "strings" && fn.Pkg().Path() != "bytes") {
			return false
		}
		i := indexOf(parent.Args, n.(ast.Expr))
		if fn.Name() == "NewReplacer" {
			return i%2 == 0 // the old strings of old, new pairs
		}
		for _, at := range patternFuncs[fn.Name()] {
			if at == i {
				return true
			}
		}
	}
	return false
}

// comparedHost returns where a WL01 report of the package compares a
// retired host, as "file.go:line", or "".
func (p *passState) comparedHost() string {
	for _, h := range p.held {
		if h.legacy == nil {
			continue
		}
		if c, ok := p.cursorOf(h.legacy.node); ok && p.compared(c) {
			return p.fileLine(h.legacy.node.Pos())
		}
	}
	return ""
}

// holdCompared keeps every retired host of the package when it compares one
// and some site or host of it is not migrated: the comparison must change
// with all the URLs it is compared with. It reports whether it held any.
func (p *passState) holdCompared(decline func(i int), partial bool) bool {
	if p.region == "" {
		return false
	}
	s := p.cfg.scope
	if s != nil && partial {
		s.recordPartial(p.pass.Pkg.Path())
	}
	at := p.comparedHost()
	if at == "" {
		return false
	}
	if s != nil {
		s.recordCompared(p.pass.Pkg.Path(), at)
	} else {
		// Another package of the module may keep a retired host this
		// pattern is compared with: go vet runs cannot tell.
		partial = partial || p.moduleIndex().otherHosts(p.pass.Pkg.Path()) != ""
	}
	if !partial {
		return false
	}
	why := "the package compares a retired host (" + at + "), which must change with every URL it is compared with"
	for _, f := range p.pass.Files {
		p.declined = append(p.declined, declinedRange{pos: f.FileStart, end: f.FileEnd, why: why})
	}
	held := false
	for i, k := range p.keys {
		// Not safe: the key moves only with its host, and a request the
		// comparison picks out (a transport's) may go to a host that stays.
		if k.fix != nil {
			k.fix = nil
			k.msg += "; " + why + ": migrate them together by hand"
			decline(i)
			held = true
		}
	}
	return held
}

// usesOf returns the identifiers that use obj: a constant's from the index
// of constant uses, anything else's from a walk of the uses.
func (p *passState) usesOf(obj types.Object) []*ast.Ident {
	if c, ok := obj.(*types.Const); ok {
		return p.constUses()[c]
	}
	var out []*ast.Ident
	for id, use := range p.pass.TypesInfo.Uses {
		if use == obj && obj != nil {
			out = append(out, id)
		}
	}
	return out
}
