package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// No host-only edits. When a WL02 site keeps its key in the query (the fix
// is declined), the retired hosts its URL is built from must stay as they
// are too: a request to the regional host with the key still in the query
// fails, while the untouched site is at least reported as a whole. WL01
// reports are therefore held until every WL02 site of the package is
// decided, and those inside declined code lose their fix.

// A legacyReport is a held WL01 report.
type legacyReport struct {
	node ast.Node
	host string
	why  string
	fix  *analysis.SuggestedFix
}

// A declined range is code whose retired hosts must not be rewritten: the
// function of a declined WL02 site, or the declaration of a constant or
// variable its URL is built from.
type declined struct {
	pos, end token.Pos
	site     token.Pos // the WL02 site, for the message
}

func (p *passState) queueLegacy(n ast.Node, host, why string, fix *analysis.SuggestedFix) {
	p.legacy = append(p.legacy, legacyReport{n, host, why, fix})
}

// declineHosts marks the code around the declined WL02 site at cur, and
// the declarations of the package-level names used there (and, in turn, in
// those declarations), as code whose hosts stay as they are.
func (p *passState) declineHosts(cur inspector.Cursor, exprs ...ast.Expr) {
	site := cur.Node().Pos()
	var roots []ast.Node
	if fn := outermostFunc(cur); fn != nil {
		roots = append(roots, fn)
		p.declined = append(p.declined, declined{fn.Pos(), fn.End(), site})
	} else {
		for _, e := range exprs {
			roots = append(roots, e)
		}
		if spec := enclosingSpec(cur); spec != nil {
			p.declined = append(p.declined, declined{spec.Pos(), spec.End(), site})
			roots = append(roots, spec)
		}
	}
	seen := make(map[types.Object]bool)
	for len(roots) > 0 {
		n := roots[0]
		roots = roots[1:]
		ast.Inspect(n, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok {
				return true
			}
			obj := p.pass.TypesInfo.Uses[id]
			if obj == nil || seen[obj] || obj.Pkg() != p.pass.Pkg || obj.Parent() != p.pass.Pkg.Scope() {
				return true
			}
			switch obj.(type) {
			case *types.Const, *types.Var:
			default:
				return true
			}
			seen[obj] = true
			if spec := p.declSpec(obj); spec != nil {
				p.declined = append(p.declined, declined{spec.Pos(), spec.End(), site})
				roots = append(roots, spec)
			}
			return true
		})
	}
}

// outermostFunc returns the top-level function declaration around cur.
func outermostFunc(cur inspector.Cursor) ast.Node {
	var fn ast.Node
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fn = c.Node()
	}
	return fn
}

func enclosingSpec(cur inspector.Cursor) ast.Node {
	for c := range cur.Enclosing((*ast.ValueSpec)(nil)) {
		return c.Node()
	}
	return nil
}

// declSpec returns the package-level declaration of obj in this package.
func (p *passState) declSpec(obj types.Object) *ast.ValueSpec {
	for _, f := range p.pass.Files {
		if obj.Pos() < f.FileStart || obj.Pos() > f.FileEnd {
			continue
		}
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || obj.Pos() < gd.Pos() || obj.Pos() > gd.End() {
				continue
			}
			for _, spec := range gd.Specs {
				if vs, ok := spec.(*ast.ValueSpec); ok && vs.Pos() <= obj.Pos() && obj.Pos() < vs.End() {
					return vs
				}
			}
		}
	}
	return nil
}

// flushLegacy emits the held WL01 reports, without a fix inside declined code.
func (p *passState) flushLegacy() {
	for _, r := range p.legacy {
		why, fix := r.why, r.fix
		if fix != nil {
			for _, d := range p.declined {
				if d.pos <= r.node.Pos() && r.node.End() <= d.end {
					fix = nil
					why = "the URL is also built with the API key in the query at line " + p.line(d.site) +
						", which needs a change by hand: migrate the host there with it"
					break
				}
			}
		}
		p.report(ruleLegacyHost, r.node.Pos(), r.node.End(), legacyHostMessage(r.host, p.region, why), fix)
	}
	p.legacy = nil
}
