package analyzer

import (
	"go/ast"
	"go/types"
)

// Where a stray's value may go. A stray (see strays.go) blocks the fixes
// of the requests its value can reach, not the whole package: the
// functions that share values with the function it is in. Two top-level
// functions share values when one calls the other or names it as a value
// (arguments in, results out), when a method of the package may be called
// through an interface, or when both use one package variable or field of
// the package. Exported functions and methods (outside package main), and
// functions used as values or from package-level declarations, share
// values through code this pass cannot see: they are all joined together.
// A stray outside any function (a struct tag, a declaration) reaches
// everything.

// A reachGraph joins the top-level functions of a package that share values.
type reachGraph struct {
	parent map[ast.Node]ast.Node // union-find over *ast.FuncDecl and shared nodes
}

// hub stands for the code outside the pass (callers of exported API).
var hub = &ast.BadDecl{}

func (g *reachGraph) find(n ast.Node) ast.Node {
	for {
		up, ok := g.parent[n]
		if !ok || up == n {
			return n
		}
		if upup, ok := g.parent[up]; ok {
			g.parent[n] = upup // path halving
		}
		n = up
	}
}

func (g *reachGraph) union(a, b ast.Node) {
	ra, rb := g.find(a), g.find(b)
	if ra != rb {
		g.parent[ra] = rb
	}
}

// reachGraph builds, once per pass, the graph of the package's functions.
func (p *passState) reachGraph() *reachGraph {
	if p.reach != nil {
		return p.reach
	}
	g := &reachGraph{parent: make(map[ast.Node]ast.Node)}
	p.reach = g
	info := p.pass.TypesInfo
	decls := make(map[*types.Func]*ast.FuncDecl)
	methods := make(map[string][]*ast.FuncDecl)
	for _, f := range p.pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				if fn, ok := info.Defs[fd.Name].(*types.Func); ok {
					decls[fn] = fd
				}
				if fd.Recv != nil {
					methods[fd.Name.Name] = append(methods[fd.Name.Name], fd)
				}
				if p.pass.Pkg.Name() != "main" && (fd.Name.IsExported() || fd.Name.Name == "init") {
					g.union(fd, hub)
				}
			}
		}
	}
	shared := make(map[types.Object]ast.Node) // package variables and fields, each as a node
	nodeOf := func(obj types.Object) ast.Node {
		n, ok := shared[obj]
		if !ok {
			n = &ast.BadExpr{}
			shared[obj] = n
		}
		return n
	}
	for _, f := range p.pass.Files {
		for _, d := range f.Decls {
			owner := ast.Node(d)
			if _, ok := d.(*ast.FuncDecl); !ok {
				owner = hub // Have: var client = New(...): run before anything.
			}
			ast.Inspect(d, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.Ident:
					switch obj := info.Uses[n].(type) {
					case *types.Func:
						if fd := decls[obj.Origin()]; fd != nil {
							g.union(owner, fd)
						}
					case *types.Var:
						if obj.Pkg() == p.pass.Pkg && (obj.IsField() || obj.Parent() == p.pass.Pkg.Scope()) {
							g.union(owner, nodeOf(obj))
						}
					}
				case *ast.SelectorExpr:
					// Have: x.m() where x is an interface: any method m of
					// the package may run.
					if sel := info.Selections[n]; sel != nil && types.IsInterface(sel.Recv()) {
						for _, fd := range methods[n.Sel.Name] {
							g.union(owner, fd)
						}
					}
				}
				return true
			})
		}
	}
	// Functions used as values run where this pass cannot see.
	called := calledIdents(p.pass.Files)
	for id, obj := range info.Uses {
		fn, ok := obj.(*types.Func)
		if !ok || decls[fn.Origin()] == nil {
			continue
		}
		if !called[id] {
			g.union(decls[fn.Origin()], hub)
		}
	}
	return g
}

// calledIdents returns the identifiers that name the function of a call
// (f(...), x.m(...), f[T](...)).
func calledIdents(files []*ast.File) map[*ast.Ident]bool {
	called := make(map[*ast.Ident]bool)
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fun := ast.Unparen(call.Fun)
			switch ix := fun.(type) {
			case *ast.IndexExpr:
				fun = ix.X
			case *ast.IndexListExpr:
				fun = ix.X
			}
			switch fun := fun.(type) {
			case *ast.Ident:
				called[fun] = true
			case *ast.SelectorExpr:
				called[fun.Sel] = true
			}
			return true
		})
	}
	return called
}

// strayReach returns the top-level functions the value of a stray at n may
// reach, and whether that includes code outside them (package-level
// declarations, other packages); nil when it may reach anything.
func (p *passState) strayReach(n ast.Node) (map[*ast.FuncDecl]bool, bool) {
	var fd *ast.FuncDecl
	for _, f := range p.pass.Files {
		for _, d := range f.Decls {
			if d, ok := d.(*ast.FuncDecl); ok && d.Pos() <= n.Pos() && n.End() <= d.End() {
				fd = d
			}
		}
	}
	if fd == nil {
		return nil, true
	}
	g := p.reachGraph()
	root := g.find(fd)
	out := make(map[*ast.FuncDecl]bool)
	unseen := p.testFilesUnseen().names
	for _, f := range p.pass.Files {
		for _, d := range f.Decls {
			if d, ok := d.(*ast.FuncDecl); ok && g.find(d) == root {
				if unseen[d.Name.Name] {
					// Not safe: a file this pass does not hold (a test, another
					// build) calls it, and may pass its values anywhere.
					return nil, true
				}
				out[d] = true
			}
		}
	}
	return out, root == g.find(hub)
}
