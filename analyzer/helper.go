package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
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
	if !ok || decl.Name.IsExported() || decl.Type.Results == nil || len(decl.Type.Results.List) != 1 {
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
	keyAt, why := p.keyAtCall(decl, key.expr)
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

// keyAtCall returns how to name, at a call of the helper decl, the key the
// helper puts in the URL: the call's argument for a parameter, or the
// call's receiver with the same field for a field of the helper's receiver.
func (p *passState) keyAtCall(decl *ast.FuncDecl, key ast.Expr) (func(*ast.CallExpr) (keyRef, string), string) {
	const byHand = "the helper's key is not a parameter or a field of its receiver: set the x-api-key header by hand"
	info := p.pass.TypesInfo
	key = ast.Unparen(key)
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
		recv, ok := call.Fun.(*ast.SelectorExpr)
		if !ok || !p.isPlain(recv.X) {
			return keyRef{}, "the helper is called on a receiver that is not a plain variable: set the x-api-key header by hand"
		}
		text := p.text(recv.X) + "." + sel.Sel.Name
		return keyRef{expr: &ast.SelectorExpr{X: recv.X, Sel: sel.Sel}, text: text}, ""
	}, ""
}

// callsOf returns the cursors of the calls of fn in the package, and false
// when fn is also used otherwise (as a value): then its calls are not all
// known.
func (p *passState) callsOf(fn *types.Func) ([]inspector.Cursor, bool) {
	var calls []inspector.Cursor
	for c := range p.inspector().Root().Preorder((*ast.Ident)(nil)) {
		id := c.Node().(*ast.Ident)
		if fn == nil || p.pass.TypesInfo.Uses[id] != fn {
			continue
		}
		// Have: f(...) or x.m(...).
		fun := c
		if sel, ok := c.Parent().Node().(*ast.SelectorExpr); ok && sel.Sel == id {
			fun = c.Parent()
		}
		call, ok := fun.Parent().Node().(*ast.CallExpr)
		if !ok || ast.Unparen(call.Fun) != fun.Node() {
			return nil, false
		}
		calls = append(calls, fun.Parent())
	}
	return calls, true
}
