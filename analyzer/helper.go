package analyzer

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// URL helpers. A helper that returns the URL string with the key in it,
//
//	func (c *Client) url(path string) string {
//		return c.base + path + "?apikey=" + c.key
//	}
//
// is fixed together with every call of it, or not at all: the helper
// stops adding the key, and each request built from one of its results
// gets the header with the key that call gave (the argument, or the
// receiver's field). The helper must be unexported (no caller outside the
// package), return the URL in its only return statement, take the key from
// a parameter or a field of its receiver, and be called directly wherever
// it is used.

// helperFix returns the header edits for every call of the helper whose
// return statement is the URL expression at cur, or why not.
func (p *passState) helperFix(cur inspector.Cursor, key keyRef, query bool) ([]analysis.TextEdit, string) {
	const byHand = "the URL is returned to the caller: set the x-api-key header where the request is built, by hand"
	ret, ok := cur.Parent().Node().(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 || key.expr == nil || key.verb != "" && key.verb != "%s" && key.verb != "%v" {
		return nil, byHand
	}
	fnCur, _ := enclosingFunc(cur)
	decl, ok := fnCur.Node().(*ast.FuncDecl)
	if !ok || decl.Type.Results == nil || len(decl.Type.Results.List) != 1 {
		return nil, byHand
	}
	if fn, _ := p.pass.TypesInfo.Defs[decl.Name].(*types.Func); fn == nil || p.calledOutside(fn) {
		return nil, byHand
	}
	returns := 0
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.ReturnStmt:
			returns++
		case *ast.FuncLit:
			return false
		}
		return true
	})
	if returns != 1 {
		return nil, "the helper " + decl.Name.Name + " has other returns: set the x-api-key header where the request is built, by hand"
	}
	if p.testFilesUnseen().names[decl.Name.Name] {
		// Not safe: a test file this pass cannot see may call it.
		return nil, "a test file of the package, or one this build excludes, may call " + decl.Name.Name + ": set the x-api-key header where the request is built, by hand"
	}
	info := p.pass.TypesInfo
	fn, _ := info.Defs[decl.Name].(*types.Func)
	keyAt, why := p.keyAtCall(fnCur, key.expr)
	if fn == nil || why != "" {
		return nil, why
	}
	var edits []analysis.TextEdit
	calls := 0
	callCurs, ok := p.callsOf(fn)
	if !ok {
		return nil, "the helper " + decl.Name.Name + " is used as a value: set the x-api-key header by hand"
	}
	for _, callCur := range callCurs {
		call := callCur.Node().(*ast.CallExpr)
		callerCur, _ := enclosingFunc(callCur)
		if !callerCur.Valid() || callerCur.Node() == decl {
			return nil, byHand
		}
		k, why := keyAt(call)
		if why != "" {
			return nil, why
		}
		k.verb = key.verb
		flow := p.followURL(callerCur, callCur)
		more, why := p.withHeader(callCur, call, flow, k, nil)
		if why == "" && flow.appended && !query {
			why = "text is appended to its URL, which loses its '?' with the key"
		}
		if why != "" {
			return nil, "a call of " + decl.Name.Name + " at " + p.lineFrom(call.Pos(), cur.Node().Pos()) + ": " + why
		}
		edits = append(edits, more...)
		calls++
	}
	if calls == 0 {
		return nil, "nothing in this package calls " + decl.Name.Name + ": set the x-api-key header where the request is built, by hand"
	}
	return edits, ""
}

// keyAtCall returns how to name, at a call of the helper fnCur, the key
// the helper puts in the URL: the call's argument for a parameter, or the
// call's receiver with the same field for a field of the helper's receiver.
// The name must denote the value the helper read, so the helper must not
// change it after it reads it (key = strings.TrimPrefix(key, ...) makes the
// argument another value), and a method promoted from an embedded field
// reads the field of the embedded value, which the caller's own field of
// that name may shadow.
func (p *passState) keyAtCall(fnCur inspector.Cursor, key ast.Expr) (func(*ast.CallExpr) (keyRef, string), string) {
	const byHand = "the helper's key is not a parameter or a field of its receiver: set the x-api-key header by hand"
	decl := fnCur.Node().(*ast.FuncDecl)
	info := p.pass.TypesInfo
	key = ast.Unparen(key)
	// The key read in the helper has its value until the helper returns,
	// its deferred calls included.
	if why := p.keyStable(fnCur, key, key, decl.Body.End(), nil); why != "" {
		return nil, "in " + decl.Name.Name + ", " + why
	}
	why := ""
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			if !p.harmlessCall(n.Call) {
				why = "in " + decl.Name.Name + ", " + p.keyName(key) + " may change in the deferred call at line " + p.line(n.Pos()) + ": set the x-api-key header by hand"
			}
		}
		return why == ""
	})
	if why != "" {
		return nil, why
	}
	if id, ok := key.(*ast.Ident); ok {
		// Have: func url(path, key string) string { ... + key }
		i := 0
		for _, field := range decl.Type.Params.List {
			for _, name := range field.Names {
				if info.Defs[name] == info.Uses[id] {
					idx := i
					return func(call *ast.CallExpr) (keyRef, string) {
						if call.Ellipsis.IsValid() || idx >= len(call.Args) {
							return keyRef{}, byHand
						}
						if why := p.changedIn(decl, call.Args[idx]); why != "" {
							return keyRef{}, why
						}
						return keyRef{expr: call.Args[idx]}, ""
					}, ""
				}
				i++
			}
		}
		return nil, byHand
	}
	// Have: func (c *Client) url(path string) string { ... + c.key }
	sel, ok := key.(*ast.SelectorExpr)
	if !ok || decl.Recv == nil || len(decl.Recv.List) != 1 || len(decl.Recv.List[0].Names) != 1 ||
		info.Uses[asIdent(sel.X)] != info.Defs[decl.Recv.List[0].Names[0]] {
		return nil, byHand
	}
	if v, ok := info.Uses[sel.Sel].(*types.Var); !ok || !v.IsField() {
		return nil, byHand
	}
	return func(call *ast.CallExpr) (keyRef, string) {
		recv, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || !p.isPlain(recv.X) {
			return keyRef{}, "the helper is called on a receiver that is not a plain variable: set the x-api-key header by hand"
		}
		if s := info.Selections[recv]; s == nil || s.Kind() != types.MethodVal || len(s.Index()) != 1 {
			// Not safe: recv.X.key may name another field than the one
			// of the embedded value the method reads.
			return keyRef{}, "the helper is a method promoted from an embedded field: set the x-api-key header by hand"
		}
		text := p.text(recv.X) + "." + sel.Sel.Name
		return keyRef{expr: p.made(&ast.SelectorExpr{X: recv.X, Sel: sel.Sel}), text: text}, ""
	}, ""
}

// changedIn says how the helper decl may change what arg, the expression
// a call passes it the key in, reads (a field or package variable the
// caller names again for the header: c.signed(path, c.key) where signed
// rotates c.key), or "". A local variable of the caller it cannot change.
func (p *passState) changedIn(decl *ast.FuncDecl, arg ast.Expr) string {
	root, ok := keyRoot(arg)
	if !ok {
		return "" // not a name: the caller's own checks decline it
	}
	if v, ok := p.pass.TypesInfo.Uses[root].(*types.Var); ok && v.Parent() != p.pass.Pkg.Scope() && ast.Unparen(arg) == root {
		return "" // Have: a variable of the caller, which the helper gets a copy of.
	}
	why := ""
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if !p.harmlessCall(n) {
				why = p.keyName(arg) + " may change in the call at line " + p.line(n.Pos()) + " in " + decl.Name.Name + ": set the x-api-key header by hand"
			}
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if p.mayWrite(lhs, arg) {
					why = p.keyName(arg) + " may change at line " + p.line(n.Pos()) + " in " + decl.Name.Name + ": set the x-api-key header by hand"
				}
			}
		case *ast.IncDecStmt:
			if p.mayWrite(n.X, arg) {
				why = p.keyName(arg) + " may change at line " + p.line(n.Pos()) + " in " + decl.Name.Name + ": set the x-api-key header by hand"
			}
		}
		return why == ""
	})
	return why
}

// callsOf returns the cursors of the calls of fn in the package, and false
// when fn is also used otherwise (as a value), or is a method that a call
// through an interface may reach: then its calls are not all known. A call
// through a method expression ((*Client).get(c, u)) counts as another use:
// its arguments do not line up with the parameters.
func (p *passState) callsOf(fn *types.Func) ([]inspector.Cursor, bool) {
	if isMethod(fn) && (p.calledThroughInterface(fn.Name()) || fn.Exported()) {
		// An exported method may also be called through an interface of
		// another package or by reflection (MethodByName), even in a
		// package main.
		return nil, false
	}
	var calls []inspector.Cursor
	for c := range p.inspector().Root().Preorder((*ast.Ident)(nil)) {
		id := c.Node().(*ast.Ident)
		if used, ok := p.pass.TypesInfo.Uses[id].(*types.Func); fn == nil || !ok || used.Origin() != fn.Origin() {
			continue // (a method of a generic type is called as an instance of it)
		}
		// Have: f(...) or x.m(...).
		fun := c
		if sel, ok := c.Parent().Node().(*ast.SelectorExpr); ok && sel.Sel == id {
			if s := p.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
				return nil, false
			}
			fun = c.Parent()
		}
		switch ix := fun.Parent().Node().(type) {
		case *ast.IndexExpr:
			if ix.X == fun.Node() {
				fun = fun.Parent() // Have: getJSON[T](...), an instance called
			}
		case *ast.IndexListExpr:
			if ix.X == fun.Node() {
				fun = fun.Parent()
			}
		}
		call, ok := fun.Parent().Node().(*ast.CallExpr)
		if !ok || ast.Unparen(call.Fun) != fun.Node() {
			return nil, false
		}
		calls = append(calls, fun.Parent())
	}
	return calls, true
}

// staticCallee returns the function or method call calls, as declared: a
// method of a generic type is the method of its declaration, not of the
// instance the call selects; or nil.
func staticCallee(info *types.Info, call *ast.CallExpr) *types.Func {
	fn := typeutil.StaticCallee(info, call)
	if fn == nil {
		return nil
	}
	return fn.Origin()
}

// calledThroughInterface reports whether the package selects a method
// named name on an interface value (a call, or a method value): any
// method of that name may run there. (An unexported method can only
// satisfy an interface of its own package.)
func (p *passState) calledThroughInterface(name string) bool {
	if p.ifaceMethods == nil {
		p.ifaceMethods = make(map[string]bool)
		for sel, s := range p.pass.TypesInfo.Selections {
			if types.IsInterface(s.Recv()) {
				p.ifaceMethods[sel.Sel.Name] = true
			}
			// Have: t.send(...) with send promoted from an embedded
			// interface (type traced struct{ sender }).
			if f, ok := s.Obj().(*types.Func); ok {
				if r := f.Signature().Recv(); r != nil && types.IsInterface(r.Type()) {
					p.ifaceMethods[sel.Sel.Name] = true
				}
			}
		}
	}
	return p.ifaceMethods[name]
}

// returnedHeader returns the header edits for the callers of the function
// fnCur, which returns the URL (held in a variable, with the key taken
// out by the site's fix) in result flow.retIdx of the returns flow.rets:
//
//	func (c *Client) targetURL(path string) (*url.URL, error) {
//		...
//		q.Set("apikey", c.key)
//		u.RawQuery = q.Encode()
//		return u, nil
//	}
//
// Every other return must give nil or "" there, every call must store that
// result in a variable its function follows to the requests it builds,
// and each of those gets the header with the key the call names (its
// argument, or its receiver's field). The function is fixed with all its
// callers or not at all.
func (p *passState) returnedHeader(fnCur inspector.Cursor, flow urlFlow, key keyRef) ([]analysis.TextEdit, string) {
	decl := fnCur.Node().(*ast.FuncDecl)
	name := decl.Name.Name
	byHand := func(why string) string {
		return "the URL is returned by " + name + ", " + why + ": set the x-api-key header where the request is built, by hand"
	}
	if fn, _ := p.pass.TypesInfo.Defs[decl.Name].(*types.Func); fn == nil || p.calledOutside(fn) {
		return nil, byHand("which is exported: other packages may send it")
	}
	if p.testFilesUnseen().names[name] {
		return nil, byHand("which a test file of the package, or one this build excludes, may call")
	}
	if key.expr == nil || len(key.edits) > 0 || key.verb != "" && key.verb != "%s" && key.verb != "%v" {
		return nil, byHand("and its key is not a variable")
	}
	other := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if slices.Contains(flow.rets, n) {
				return true
			}
			if len(n.Results) <= flow.retIdx {
				other = true // Have: a bare return of named results
			} else if v, ok := p.stringValue(n.Results[flow.retIdx]); ok && v == "" {
				// Have: return "", err: no URL to send
			} else if tv, ok := p.pass.TypesInfo.Types[n.Results[flow.retIdx]]; !ok || !tv.IsNil() {
				other = true
			}
		}
		return !other
	})
	if other {
		return nil, byHand("which also returns another value there")
	}
	fn, _ := p.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	keyAt, why := p.keyAtCall(fnCur, key.expr)
	if fn == nil || why != "" {
		return nil, "the URL is returned by " + name + ": " + why
	}
	callCurs, ok := p.callsOf(fn)
	if !ok || len(callCurs) == 0 {
		return nil, byHand("which is used as a value, or called nowhere in this package")
	}
	var edits []analysis.TextEdit
	for _, callCur := range callCurs {
		call := callCur.Node().(*ast.CallExpr)
		at := "a call of " + name + " at " + p.lineFrom(call.Pos(), decl.Pos())
		callerCur, _ := enclosingFunc(callCur)
		as, ok := callCur.Parent().Node().(*ast.AssignStmt)
		if !callerCur.Valid() || callerCur.Node() == decl || !ok || len(as.Rhs) != 1 || as.Rhs[0] != call || flow.retIdx >= len(as.Lhs) {
			return nil, at + " does not store the URL in a variable: set the x-api-key header by hand"
		}
		obj := p.objectOf(as.Lhs[flow.retIdx])
		if obj == nil || obj.Name() == "_" {
			return nil, at + " does not store the URL in a variable: set the x-api-key header by hand"
		}
		k, why := keyAt(call)
		if why != "" {
			return nil, at + ": " + why
		}
		k.verb = key.verb
		w := newFlowWalker(p, callerCur)
		w.start = call
		w.variable(obj, as)
		switch {
		case w.why != "":
			return nil, at + ": " + w.why
		case len(w.rets) > 0 || len(w.params) > 0:
			return nil, at + ": the caller passes the URL on: set the x-api-key header by hand"
		case w.appended:
			return nil, at + ": " + appendedByHand
		case len(w.reqs) == 0 && len(w.calls) == 0:
			return nil, at + ": no request there uses the URL: set the x-api-key header where the request is built, by hand"
		}
		more, why := p.withHeader(callCur, call, urlFlow{reqs: w.reqs, calls: w.calls}, k, nil)
		if why != "" {
			return nil, at + ": " + why
		}
		edits = append(edits, more...)
	}
	return edits, ""
}
