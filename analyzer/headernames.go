package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// A sending helper often sets headers its callers name:
//
//	func doRequest(ctx context.Context, method, endPoint string, header map[string]string, body []byte) (*http.Response, error) {
//		req, err := http.NewRequest(method, endPoint, bytes.NewBuffer(body))
//		...
//		for k, v := range header {
//			req.Header.Set(k, v)
//		}
//
// (or for _, h := range headers { req.Header.Add(h[0], h[1]) }). The names
// are not constants there, but they are at every call:
// doRequest(ctx, "POST", uri, map[string]string{"Content-Type": "application/json"}, b).
// When each call passes a literal with constant names, directly or through
// a local variable or a parameter of the caller used for nothing else, and
// the helper only reads the collection, none of them can be x-api-key.

// maxHeaderHops bounds the callers followed from the helper back to the
// literals: doRequest's caller's caller.
const maxHeaderHops = 3

// headerNameOfCaller reports whether name, a header name that is not a
// constant in the function at fnCur, is the key of a range over a
// parameter (for k, v := range header) or the first element of its values
// (for _, h := range headers: h[0]), where every call of the function
// passes constant names, none of them x-api-key (see above).
func (p *passState) headerNameOfCaller(fnCur inspector.Cursor, name ast.Expr) bool {
	info := p.pass.TypesInfo
	var loopVar types.Object
	wantKey := false
	switch n := ast.Unparen(name).(type) {
	case *ast.Ident:
		loopVar, wantKey = info.Uses[n], true
	case *ast.IndexExpr:
		id, ok := ast.Unparen(n.X).(*ast.Ident)
		tv := info.Types[n.Index]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int || constant.Sign(tv.Value) != 0 {
			return false
		}
		loopVar = info.Uses[id]
	}
	if loopVar == nil {
		return false
	}
	body := funcBody(fnCur.Node())
	if body == nil {
		return false
	}
	var loop *ast.RangeStmt
	ast.Inspect(body, func(n ast.Node) bool {
		if rs, ok := n.(*ast.RangeStmt); ok && rs.Tok == token.DEFINE {
			v := rs.Value
			if wantKey {
				v = rs.Key
			}
			if id, ok := v.(*ast.Ident); ok && info.Defs[id] == loopVar {
				loop = rs
			}
		}
		return loop == nil
	})
	if loop == nil || p.assignedIn(loop.Body, loopVar) || !p.namesOnlyReadIn(loop.Body, loopVar) || !wantKey && !p.onlyIndexed(loop.Body, loopVar) {
		return false
	}
	coll, ok := ast.Unparen(loop.X).(*ast.Ident)
	if !ok {
		return false
	}
	param, _ := info.Uses[coll].(*types.Var)
	if param == nil || !isParam(fnCur, param) {
		return false
	}
	if _, isMap := param.Type().Underlying().(*types.Map); isMap != wantKey {
		return false
	}
	if !p.onlyRanged(body, param) {
		return false
	}
	return p.paramNamesConstant(fnCur, param, maxHeaderHops)
}

// namesOnlyReadIn reports whether every use of v in n reads it: no
// address taken, no element written (h[0] = ...).
func (p *passState) namesOnlyReadIn(n ast.Node, v types.Object) bool {
	ok := true
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.UnaryExpr:
			if n.Op == token.AND && mentions(p.pass.TypesInfo, n.X, v) {
				ok = false
			}
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if mentions(p.pass.TypesInfo, lhs, v) {
					ok = false
				}
			}
		}
		return ok
	})
	return ok
}

// onlyIndexed reports whether every use of the pair h in n reads an
// element of it (h[0], h[1]): no method call, slice or call argument that
// could change the names in place.
func (p *passState) onlyIndexed(n ast.Node, h types.Object) bool {
	info := p.pass.TypesInfo
	indexed := make(map[*ast.Ident]bool)
	ast.Inspect(n, func(n ast.Node) bool {
		if ix, ok := n.(*ast.IndexExpr); ok {
			if id, ok := ast.Unparen(ix.X).(*ast.Ident); ok && info.Uses[id] == h {
				indexed[id] = true
			}
		}
		return true
	})
	return p.usesIn(n, h) == len(indexed)
}

// paramNamesConstant reports whether every call of the function at fnCur
// passes constant header names for its parameter param,
// none of them x-api-key: a literal, a local variable of the caller that
// holds one and is used for nothing else, or a parameter of the caller
// that meets the same conditions (hops more callers back at most).
func (p *passState) paramNamesConstant(fnCur inspector.Cursor, param *types.Var, hops int) bool {
	decl, ok := fnCur.Node().(*ast.FuncDecl)
	if !ok || hops == 0 {
		return false
	}
	fn, _ := p.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	if fn == nil || p.calledOutside(fn) || p.testFilesUnseen().names[decl.Name.Name] {
		return false // Not safe: callers this pass cannot see may pass any name.
	}
	sig := fn.Signature()
	index := -1
	for i := range sig.Params().Len() {
		if sig.Params().At(i) == param {
			index = i
		}
	}
	if index < 0 || sig.Variadic() && index == sig.Params().Len()-1 {
		return false
	}
	calls, ok := p.callsOf(fn)
	if !ok {
		return false
	}
	for _, c := range calls {
		call := c.Node().(*ast.CallExpr)
		if call.Ellipsis.IsValid() || index >= len(call.Args) || !p.constantNamesArg(c, call.Args[index], hops) {
			return false
		}
	}
	return true
}

// onlyRanged reports whether v is ranged over once in body, and every
// other use of it takes its length or compares it with nil (another loop
// could change the pairs in place).
func (p *passState) onlyRanged(body *ast.BlockStmt, v types.Object) bool {
	info := p.pass.TypesInfo
	allowed := make(map[*ast.Ident]bool)
	ranges := 0
	ast.Inspect(body, func(n ast.Node) bool {
		var e ast.Expr
		switch n := n.(type) {
		case *ast.RangeStmt:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && info.Uses[id] == v {
				ranges++
			}
			e = n.X
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && len(n.Args) == 1 {
				if b, isBuiltin := info.Uses[id].(*types.Builtin); isBuiltin && b.Name() == "len" {
					e = n.Args[0]
				}
			}
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				if p.isNil(n.Y) {
					e = n.X
				} else if p.isNil(n.X) {
					e = n.Y
				}
			}
		}
		if id, ok := ast.Unparen(e).(*ast.Ident); ok && info.Uses[id] == v {
			allowed[id] = true
		}
		return true
	})
	ok := ranges == 1
	ast.Inspect(body, func(n ast.Node) bool {
		if id, isIdent := n.(*ast.Ident); isIdent && info.Uses[id] == v && !allowed[id] {
			ok = false
		}
		return ok
	})
	return ok
}

// constantNamesArg reports whether arg, the argument of the call at c,
// holds constant header names, none of them x-api-key (see
// paramNamesConstant).
func (p *passState) constantNamesArg(c inspector.Cursor, arg ast.Expr, hops int) bool {
	info := p.pass.TypesInfo
	arg = ast.Unparen(arg)
	if p.isNil(arg) {
		return true
	}
	if lit, ok := arg.(*ast.CompositeLit); ok {
		return p.constantNamesLit(lit)
	}
	id, ok := arg.(*ast.Ident)
	if !ok {
		return false
	}
	v, _ := info.Uses[id].(*types.Var)
	callerCur, body := enclosingFunc(c)
	if v == nil || body == nil || p.usesIn(body, v) != 1 {
		return false // Not safe: used again, it may be changed.
	}
	if isParam(callerCur, v) {
		// Have: a parameter passed on, and used for nothing else.
		return p.paramNamesConstant(callerCur, v, hops-1)
	}
	// Have: header := map[string]string{...}, declared in the caller.
	var lit *ast.CompositeLit
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE && len(n.Lhs) == len(n.Rhs) {
				for i, lhs := range n.Lhs {
					if lid, ok := lhs.(*ast.Ident); ok && info.Defs[lid] == v {
						found = true
						lit, _ = ast.Unparen(n.Rhs[i]).(*ast.CompositeLit)
					}
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i, name := range n.Names {
					if info.Defs[name] == v {
						found = true
						lit, _ = ast.Unparen(n.Values[i]).(*ast.CompositeLit)
					}
				}
			}
		}
		return !found
	})
	return lit != nil && p.constantNamesLit(lit)
}

// usesIn counts the uses of v in n.
func (p *passState) usesIn(n ast.Node, v types.Object) int {
	count := 0
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && p.pass.TypesInfo.Uses[id] == v {
			count++
		}
		return true
	})
	return count
}

// constantNamesLit reports whether lit, a map of header names or a slice of
// name-value pairs, names only constant headers, none of them x-api-key:
// map[string]string{"Content-Type": "application/json"},
// [][2]string{{"Authorization", "Bearer " + token}}.
func (p *passState) constantNamesLit(lit *ast.CompositeLit) bool {
	t := p.pass.TypesInfo.TypeOf(lit)
	if t == nil {
		return false
	}
	var names []ast.Expr
	switch u := t.Underlying().(type) {
	case *types.Map:
		for _, e := range lit.Elts {
			kv, ok := e.(*ast.KeyValueExpr)
			if !ok {
				return false
			}
			names = append(names, kv.Key)
		}
	case *types.Slice:
		if _, pairs := u.Elem().Underlying().(*types.Array); !pairs {
			if _, pairs = u.Elem().Underlying().(*types.Slice); !pairs {
				return false
			}
		}
		for _, e := range lit.Elts {
			pair, ok := ast.Unparen(e).(*ast.CompositeLit)
			if !ok || len(pair.Elts) == 0 {
				return false
			}
			if _, indexed := pair.Elts[0].(*ast.KeyValueExpr); indexed {
				return false
			}
			names = append(names, pair.Elts[0])
		}
	default:
		return false
	}
	for _, n := range names {
		s, ok := p.stringValue(n)
		if !ok || strings.EqualFold(strings.TrimSpace(s), "x-api-key") {
			return false
		}
	}
	return true
}
