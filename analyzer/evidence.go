package analyzer

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/whispirlint/whispirlint/fixer"
)

// constantString returns the value of a string constant.
func constantString(v constant.Value) (string, bool) {
	if v.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(v), true
}

// whispirObjects finds the variables and fields that hold a Whispir URL:
// assigned one in a declaration, an assignment or a struct literal, directly
// or through another such object ("the base URL kept in a struct field or
// package variable and joined elsewhere").
func (p *passState) collectWhispirObjects(files []inspector.Cursor) {
	p.whispirObjs = make(map[types.Object]bool)
	var bindings []binding
	for _, fc := range files {
		bindings = p.appendBindings(bindings, fc, func(n *ast.AssignStmt, bind func(lhs, rhs ast.Expr)) {
			// Have: u, err := url.JoinPath(c.base, "contacts")
			if len(n.Rhs) == 1 {
				if arg := p.urlBaseArg(n.Rhs[0]); arg != nil {
					bind(n.Lhs[0], arg)
				}
			}
		})
	}
	bindings = p.appendParamBindings(bindings, files)
	p.bindings = bindings
	// Until nothing changes: a field set from a local parsed from a field
	// set from a literal.
	for changed := true; changed; {
		changed = false
		for _, b := range bindings {
			if b.obj.IsField() && b.obj.Pkg() != p.pass.Pkg {
				continue // url.URL's RawQuery and Host hold every URL, Whispir's or not
			}
			if !p.whispirObjs[b.obj] && p.exprIsWhispir(b.val) {
				p.whispirObjs[b.obj] = true
				changed = true
			}
		}
	}
}

// A binding is a variable or struct field and a value assigned to it.
type binding struct {
	obj *types.Var
	val ast.Expr
}

// appendBindings appends the bindings under root: assignments and
// declarations with as many values as names, and the fields of struct
// literals (not the keys of map literals). extra, when not nil, gives the
// bindings of an assignment whose sides differ in length.
func (p *passState) appendBindings(bindings []binding, root inspector.Cursor, extra func(n *ast.AssignStmt, bind func(lhs, rhs ast.Expr))) []binding {
	bind := func(lhs, rhs ast.Expr) {
		if obj, ok := p.objectOf(lhs).(*types.Var); ok {
			bindings = append(bindings, binding{obj, rhs})
		}
	}
	for cur := range root.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.KeyValueExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i := range n.Lhs {
					bind(n.Lhs[i], n.Rhs[i])
				}
			} else if extra != nil {
				extra(n, bind)
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i := range n.Names {
					bind(n.Names[i], n.Values[i])
				}
			}
		case *ast.KeyValueExpr:
			// Have: T{Field: v}, not map[string]string{k: v}.
			if obj, ok := p.objectOf(n.Key).(*types.Var); ok && obj.IsField() {
				bind(n.Key, n.Value)
			}
		}
	}
	return bindings
}

// appendParamBindings appends, for every direct call of a function of
// this package in files, its parameters bound to the call's arguments: a
// base URL passed to a constructor (New("https://api.whispir.com"))
// reaches the field the constructor stores it in.
func (p *passState) appendParamBindings(bindings []binding, files []inspector.Cursor) []binding {
	info := p.pass.TypesInfo
	for _, fc := range files {
		for cur := range fc.Preorder((*ast.CallExpr)(nil)) {
			call := cur.Node().(*ast.CallExpr)
			fn := staticCallee(info, call)
			if fn == nil || fn.Pkg() != p.pass.Pkg || call.Ellipsis.IsValid() {
				continue
			}
			sig := fn.Signature()
			for i, arg := range call.Args {
				if sig.Variadic() && i >= sig.Params().Len()-1 || i >= sig.Params().Len() {
					break
				}
				if param := sig.Params().At(i); param.Name() != "" && param.Name() != "_" && isURLType(param.Type()) {
					bindings = append(bindings, binding{param, arg})
				}
			}
		}
	}
	return bindings
}

// urlBaseArg returns x when e is url.Parse(x), url.ParseRequestURI(x) or
// url.JoinPath(x, ...), whose result is the URL x (or one under it), or nil.
func (p *passState) urlBaseArg(e ast.Expr) ast.Expr {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return nil
	}
	fn, _ := typeutil.Callee(p.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "net/url" || isMethod(fn) {
		return nil
	}
	switch fn.Name() {
	case "Parse", "ParseRequestURI", "JoinPath":
		return call.Args[0]
	}
	return nil
}

// objectOf returns the object an identifier or selector (x.f) denotes.
func (p *passState) objectOf(e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return p.pass.TypesInfo.ObjectOf(e)
	case *ast.SelectorExpr:
		return p.pass.TypesInfo.ObjectOf(e.Sel)
	}
	return nil
}

// exprIsWhispir reports whether e evidently carries a Whispir URL: a
// constant with a Whispir host, a name that says whispir (whispirURL,
// cfg.Whispir.Base, os.Getenv("WHISPIR_URL")), or an object known to hold
// a Whispir URL.
func (p *passState) exprIsWhispir(e ast.Expr) bool {
	if v, ok := p.stringValue(e); ok {
		return len(fixer.FindHosts(v)) > 0
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BasicLit:
			if v, ok := p.stringValue(n); ok && fixer.MentionsWhispir(v) {
				found = true
			}
		case *ast.Ident:
			if fixer.MentionsWhispir(n.Name) || p.whispirObjs[p.pass.TypesInfo.ObjectOf(n)] {
				found = true
			}
			if v, ok := p.stringValue(n); ok && len(fixer.FindHosts(v)) > 0 {
				found = true
			}
		case *ast.SelectorExpr:
			if p.whispirObjs[p.pass.TypesInfo.ObjectOf(n.Sel)] {
				found = true
			}
			if v, ok := p.stringValue(n); ok && len(fixer.FindHosts(v)) > 0 {
				found = true
			}
		case *ast.CallExpr:
			// Have: c.baseURL() + "/scenarios?apikey=" + c.Key, where
			// baseURL returns a Whispir URL.
			if fn := staticCallee(p.pass.TypesInfo, n); fn != nil && fn.Pkg() == p.pass.Pkg && p.returnsWhispir(fn) {
				found = true
			}
		}
		return !found
	})
	return found
}

// returnsWhispir reports whether a function of this package returns, in
// some return statement, a value with Whispir evidence (see exprIsWhispir).
func (p *passState) returnsWhispir(fn *types.Func) bool {
	if v, ok := p.funcReturns[fn]; ok {
		return v
	}
	p.funcReturns[fn] = false // a recursive call proves nothing
	decl, _ := p.funcDecl(fn)
	if decl == nil || decl.Body == nil {
		return false
	}
	v := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) > 0 && p.exprIsWhispir(n.Results[0]) {
				v = true
			}
		}
		return !v
	})
	p.funcReturns[fn] = v
	return v
}

// funcMentionsWhispir reports whether the body of the function enclosing
// cur has any Whispir evidence: the context test for net/url shapes, whose
// own expressions (q.Set("apikey", k)) do not name the host.
func (p *passState) funcMentionsWhispir(body *ast.BlockStmt) bool {
	if body == nil {
		return false
	}
	if v, ok := p.funcWhispir[body]; ok {
		return v
	}
	v := false
	ast.Inspect(body, func(n ast.Node) bool {
		if e, ok := n.(ast.Expr); ok && !v {
			switch e.(type) {
			case *ast.BasicLit, *ast.Ident, *ast.SelectorExpr, *ast.CallExpr:
				v = p.exprIsWhispir(e)
			}
		}
		return !v
	})
	p.funcWhispir[body] = v
	return v
}
