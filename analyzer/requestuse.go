package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/whispirlint/whispirlint/fixer"
)

// What may happen to a request after the fix sets its x-api-key header.
// The header goes on right after the request is built, so every send sees
// it; but the key must also stay with that request and go nowhere else. The
// original sent the key in the URL's query, so a request that is sent
// elsewhere (its host changed, its URL rebuilt into another request, its
// header map copied or replaced) would now take the key, or lose it, where
// the original did not. Every use of the request variable must be one of:
//
//   - a send: (*http.Client).Do(req), also of req.WithContext(ctx) or
//     req.Clone(ctx), or req = req.WithContext(ctx);
//   - a header edit or read: req.Header.Set/Add/Get/Values, req.SetBasicAuth
//     and the other read-only methods of *http.Request;
//   - a read of a field, or a store to a field that keeps the destination
//     (Method, Body, ContentLength, URL.RawQuery, URL.Path, ...);
//   - an edit of its query values, or a read of a parameter named by a
//     constant other than the key (the key is no longer there);
//   - an argument of fmt or log, or of a function of this package that only
//     reads its parameter the same way;
//   - the result of a function of this package whose every call stores it
//     and uses it the same way.
//
// Anything else declines the fix.

// requestStays says why the request held by obj in fnCur may take the key
// somewhere else, or lose it, or "".
func (p *passState) requestStays(fnCur inspector.Cursor, obj types.Object, depth int) string {
	if why := p.requestKept(fnCur, obj, depth); why != "" {
		return why + ": set the x-api-key header by hand"
	}
	return ""
}

// requestKept is requestStays without the advice at the end, for the
// reasons that nest one in another: "the request is passed to Do of
// *cleanDoer (line 31), where the request's Header is replaced (line 13)".
func (p *passState) requestKept(fnCur inspector.Cursor, obj types.Object, depth int) string {
	info := p.pass.TypesInfo
	for c := range fnCur.Preorder((*ast.Ident)(nil)) {
		id := c.Node().(*ast.Ident)
		if info.Uses[id] != obj {
			continue
		}
		if why := p.requestUse(fnCur, c, obj, depth); why != "" {
			return atLine(why, p.line(id.Pos()))
		}
	}
	return ""
}

// atLine puts the line of a use of the request into the reason it
// declines: after the use's own clause when another reason nests in it
// (", where ..."), nowhere when the nested reason already places it.
func atLine(why, line string) string {
	if i := strings.Index(why, ", where "); i >= 0 {
		return why[:i] + " (line " + line + ")" + why[i:]
	}
	if strings.Contains(why, "(line ") {
		return why // Have: the request from f at line 9: ... (line 12)
	}
	return why + " (line " + line + ")"
}

// requestUse checks one use of the request, at cursor c.
func (p *passState) requestUse(fnCur, c inspector.Cursor, obj types.Object, depth int) string {
	id := c.Node().(*ast.Ident)
	switch parent := c.Parent().Node().(type) {
	case *ast.AssignStmt:
		if indexOf(parent.Lhs, id) >= 0 {
			return "" // the request variable assigned: requestStoredIn decides
		}
	case *ast.CallExpr:
		if ast.Unparen(parent.Fun) == ast.Expr(id) {
			return "the request is called"
		}
		return p.requestArgument(parent, indexOf(parent.Args, id), depth)
	case *ast.SelectorExpr:
		return p.requestSelector(fnCur, c.Parent(), parent, depth)
	case *ast.ReturnStmt:
		return p.requestReturned(fnCur, parent, depth)
	case *ast.UnaryExpr:
		// Have: t.rt.RoundTrip(&newReq), a copy of a request sent.
		if call, ok := c.Parent().Parent().Node().(*ast.CallExpr); ok && parent.Op == token.AND && p.requestCopyOf(fnCur, obj) != nil {
			if i := indexOf(call.Args, ast.Expr(parent)); i >= 0 {
				return p.requestArgument(call, i, depth)
			}
		}
	}
	return "the request is used where the fix cannot follow it"
}

// requestSelector checks req.f or req.m(...) at cursor c.
func (p *passState) requestSelector(fnCur, c inspector.Cursor, sel *ast.SelectorExpr, depth int) string {
	info := p.pass.TypesInfo
	switch sel.Sel.Name {
	case "WithContext", "Clone":
		call, ok := c.Parent().Node().(*ast.CallExpr)
		if !ok || call.Fun != sel {
			return "a method value of the request is used"
		}
		switch n := c.Parent().Parent().Node().(type) {
		case *ast.CallExpr:
			// Have: c.Do(req.WithContext(ctx))
			return p.requestArgument(n, indexOf(n.Args, call), depth)
		case *ast.AssignStmt:
			// Have: req = req.WithContext(ctx), or r2 := req.Clone(ctx)
			if len(n.Lhs) == 1 && len(n.Rhs) == 1 {
				if obj := p.objectOf(n.Lhs[0]); obj != nil {
					if obj == p.objectOf(sel.X) {
						return ""
					}
					if depth < 3 {
						return p.requestKept(fnCur, obj, depth+1)
					}
				}
			}
		}
		return "a copy of the request is used where the fix cannot follow it"
	case "Header":
		// Have: req.Header.Set("Accept", ...), req.Header.Get(...)
		outer, ok := c.Parent().Node().(*ast.SelectorExpr)
		if ok && outer.X == sel {
			if call, ok := c.Parent().Parent().Node().(*ast.CallExpr); ok && call.Fun == outer {
				switch outer.Sel.Name {
				case "Set", "Add", "Get", "Values", "Del":
					return ""
				}
			}
		}
		if as, ok := c.Parent().Node().(*ast.AssignStmt); ok && indexOf(as.Lhs, sel) >= 0 {
			if as == p.resetHeader {
				return "" // the header is set after it (see headerReset)
			}
			return "the request's Header is replaced"
		}
		if ix, ok := c.Parent().Node().(*ast.IndexExpr); ok && ix.X == sel {
			return "" // Have: req.Header["Accept"] = ...
		}
		return "the request's Header is used as a value"
	case "URL":
		return p.requestURLUse(fnCur, c)
	case "Host":
		if as, ok := c.Parent().Node().(*ast.AssignStmt); ok && indexOf(as.Lhs, sel) >= 0 {
			return "the request's Host is changed"
		}
		return ""
	case "Write", "WriteProxy":
		return "the request is written out"
	}
	if fn, ok := info.Uses[sel.Sel].(*types.Func); ok && isMethod(fn) {
		return "" // SetBasicAuth, AddCookie, Context, BasicAuth, ...: the request stays as it is
	}
	return "" // a field: Method, Body, ContentLength, Close, ...
}

// requestURLUse checks req.URL at cursor c: its query and path may change,
// not where it goes, and it must not be copied into another request. Its
// query must not be read for the key the fix takes out of it.
func (p *passState) requestURLUse(fnCur, c inspector.Cursor) string {
	url := c.Node().(*ast.SelectorExpr)
	switch n := c.Parent().Node().(type) {
	case *ast.AssignStmt:
		if i := indexOf(n.Lhs, url); i >= 0 {
			if len(n.Lhs) == len(n.Rhs) && p.ownURLCopy(fnCur, url.X, n.Rhs[i]) {
				return "" // Have: u := *req.URL; u.RawQuery = ...; newReq.URL = &u
			}
			return "the request's URL is replaced"
		}
	case *ast.SelectorExpr:
		if n.X != url {
			break
		}
		switch n.Sel.Name {
		case "Host", "Scheme", "User", "Opaque":
			if as, ok := c.Parent().Parent().Node().(*ast.AssignStmt); ok && indexOf(as.Lhs, n) >= 0 {
				return "the request's URL is sent to another place"
			}
			return ""
		case "Query":
			return p.requestQueryUse(fnCur, c.Parent())
		case "RawQuery", "Path", "RawPath", "Fragment", "ForceQuery":
			return "" // read or edited in place: the same host
		case "Hostname", "Port", "EscapedPath", "RequestURI", "IsAbs", "Redacted":
			return "" // reads
		}
	}
	return "the request's URL is used as a value"
}

// requestQueryUse checks req.URL.Query at cursor c: the values may be
// edited and read, but not for the key, which the fix takes out of the
// query: a Doer that checks req.URL.Query().Get("apikey") refuses every
// request after it. The values are followed into the local variable that
// holds them (q := req.URL.Query()).
func (p *passState) requestQueryUse(fnCur, c inspector.Cursor) string {
	call, ok := c.Parent().Node().(*ast.CallExpr)
	if !ok || call.Fun != c.Node() {
		return "a method value of the request's URL is used"
	}
	use := c.Parent()
	as, ok := use.Parent().Node().(*ast.AssignStmt)
	if !ok {
		return p.queryValuesUse(use) // Have: req.URL.Query().Get("page")
	}
	// Have: q := req.URL.Query()
	if len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return "the request's query is used where the fix cannot follow it"
	}
	q, ok := p.objectOf(as.Lhs[0]).(*types.Var)
	if !ok || q.IsField() || q.Parent() == nil || q.Parent() == q.Pkg().Scope() {
		return "the request's query is stored where the fix cannot follow it"
	}
	info := p.pass.TypesInfo
	for qc := range fnCur.Preorder((*ast.Ident)(nil)) {
		id := qc.Node().(*ast.Ident)
		if info.Uses[id] != q {
			continue
		}
		if a, ok := qc.Parent().Node().(*ast.AssignStmt); ok && indexOf(a.Lhs, id) >= 0 {
			continue // Have: q = req.URL.Query() again, or another value: read the same way
		}
		if why := p.queryValuesUse(qc); why != "" {
			return why + " (line " + p.line(id.Pos()) + ")"
		}
	}
	return ""
}

// queryValuesUse checks a use of the request's query values at cursor c:
// an edit, an encoding, or a read of a parameter named by a constant that
// is not the key.
func (p *passState) queryValuesUse(c inspector.Cursor) string {
	const readsKey = "the request's query is read for the key, which the fix takes out of it"
	switch n := c.Parent().Node().(type) {
	case *ast.SelectorExpr:
		call, ok := c.Parent().Parent().Node().(*ast.CallExpr)
		if !ok || call.Fun != n {
			break
		}
		switch n.Sel.Name {
		case "Set", "Add", "Del", "Encode":
			return "" // Have: q.Set("page", "2"); req.URL.RawQuery = q.Encode()
		case "Get", "Has":
			if len(call.Args) == 1 {
				if name, ok := p.stringValue(call.Args[0]); ok && !fixer.IsKeyParam(name) {
					return ""
				}
			}
			return readsKey
		}
	case *ast.IndexExpr:
		if n.X != c.Node() {
			break
		}
		if name, ok := p.stringValue(n.Index); ok && !fixer.IsKeyParam(name) {
			return ""
		}
		return readsKey
	}
	return "the request's query is used where the fix cannot follow it"
}

// requestArgument checks a request passed as argument i of call.
func (p *passState) requestArgument(call *ast.CallExpr, i int, depth int) string {
	fn, _ := typeutil.Callee(p.pass.TypesInfo, call).(*types.Func)
	if fn == nil || i < 0 {
		return "the request is passed to a function value"
	}
	if fn.Pkg() != nil {
		switch fn.Pkg().Path() {
		case "net/http":
			if fn.Name() == "Do" && isMethod(fn) && isNamed(derefType(fn.Signature().Recv().Type()), "net/http", "Client") {
				return "" // Have: c.Do(req): the send
			}
			if fn.Name() == "RoundTrip" && isMethod(fn) {
				return "" // Have: t.next.RoundTrip(req): the send, in a transport
			}
		case "fmt", "log", "log/slog":
			return "" // printed: it goes nowhere
		}
	}
	if recv := fn.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) && depth < 3 {
		// Have: s.doer.Do(req), a Doer interface.
		return p.requestToInterface(call, fn, i, depth)
	}
	if fn.Pkg() != p.pass.Pkg && p.inertRequestParam(fn, i) {
		return "" // Have: errutils.NewHTTPDoError(req, err), which only prints it
	}
	if fn.Pkg() != p.pass.Pkg || depth >= 3 {
		return "the request is passed to " + fn.Name()
	}
	return p.requestToFunc(fn, i, depth)
}

// requestToFunc checks a request passed as argument i of fn, a function
// of this package with a body.
func (p *passState) requestToFunc(fn *types.Func, i int, depth int) string {
	decl, ok := p.funcAt(fn.Pos()).(*ast.FuncDecl)
	if !ok || decl.Name.Pos() != fn.Pos() || decl.Body == nil || fn.Signature().Variadic() {
		return "the request is passed to " + fn.Name()
	}
	param, named := paramAt(p.pass.TypesInfo, decl, i)
	if !named {
		return "" // Have: func prepare(*http.Request): the parameter has no name to use
	}
	if param == nil {
		return "the request is passed to " + fn.Name()
	}
	fnCur, ok := p.cursorOf(decl)
	if !ok {
		return "the request is passed to " + fn.Name()
	}
	if p.assignedIn(fnCur.Node(), param) {
		return "the request is replaced in " + fn.Name()
	}
	if why := p.requestKept(fnCur, param, depth+1); why != "" {
		return "the request is passed to " + fn.Name() + ", where " + why
	}
	return ""
}

// requestToInterface checks a request passed as argument i of the
// interface method fn, called on a field or local variable: the call is
// resolved to the methods of the values the package stores there, which
// must all be (*http.Client).Do or methods of this package that keep the
// request as the rules above allow (a logging Doer around the client). A
// value the package cannot see (an exported field, a parameter, a
// positional struct literal) declines it.
func (p *passState) requestToInterface(call *ast.CallExpr, fn *types.Func, i int, depth int) string {
	why := "the request is passed to " + fn.Name() + " of an interface whose values the fix cannot see"
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return why
	}
	// Not safe: a parameter or a local gets its values from elsewhere, an
	// exported field from other packages, any field from test files this
	// pass cannot see.
	holder, ok := p.objectOf(sel.X).(*types.Var)
	if !ok || !holder.IsField() || holder.Pkg() != p.pass.Pkg || holder.Exported() || p.testFilesUnseen().names[holder.Name()] {
		return why
	}
	values, ok := p.fieldValues(holder)
	if !ok || len(values) == 0 {
		return why
	}
	for _, v := range values {
		t := p.pass.TypesInfo.TypeOf(v)
		if t == nil || types.IsInterface(t) {
			if tv, ok := p.pass.TypesInfo.Types[v]; ok && tv.IsNil() {
				continue // Have: doer: nil, never called
			}
			return why
		}
		if isNamed(derefType(t), "net/http", "Client") {
			continue // Have: doer: hc, an *http.Client: the send
		}
		obj, _, _ := types.LookupFieldOrMethod(t, true, p.pass.Pkg, fn.Name())
		m, ok := obj.(*types.Func)
		if !ok || m.Pkg() != p.pass.Pkg {
			return why
		}
		if w := p.requestToFunc(m, i, depth); w != "" {
			return "the request is passed to " + fn.Name() + " of " + types.TypeString(t, types.RelativeTo(p.pass.Pkg)) + ", where " + strings.TrimPrefix(w, "the request is passed to "+m.Name()+", where ")
		}
	}
	return ""
}

// fieldValues returns the values the package stores in the unexported
// field f: the keyed struct literals and assignments that set it. It
// reports false when the field may get a value it cannot see: its address
// taken, a struct literal without keys, an assignment of many values.
func (p *passState) fieldValues(f *types.Var) ([]ast.Expr, bool) {
	info := p.pass.TypesInfo
	var out []ast.Expr
	for c := range p.inspector().Root().Preorder((*ast.AssignStmt)(nil), (*ast.KeyValueExpr)(nil), (*ast.CompositeLit)(nil), (*ast.UnaryExpr)(nil)) {
		switch n := c.Node().(type) {
		case *ast.AssignStmt:
			for j, lhs := range n.Lhs {
				if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok && info.Uses[sel.Sel] == f {
					if len(n.Lhs) != len(n.Rhs) || n.Tok != token.ASSIGN {
						return nil, false
					}
					out = append(out, n.Rhs[j])
				}
			}
		case *ast.KeyValueExpr:
			if id, ok := n.Key.(*ast.Ident); ok && info.Uses[id] == f {
				out = append(out, n.Value)
			}
		case *ast.CompositeLit:
			st, ok := derefType(info.TypeOf(n)).Underlying().(*types.Struct)
			if !ok || len(n.Elts) == 0 {
				continue
			}
			if _, keyed := n.Elts[0].(*ast.KeyValueExpr); keyed {
				continue
			}
			for j := range st.NumFields() {
				if st.Field(j) == f {
					return nil, false // Have: Service{d, key}
				}
			}
		case *ast.UnaryExpr:
			if sel, ok := ast.Unparen(n.X).(*ast.SelectorExpr); ok && n.Op == token.AND && info.Uses[sel.Sel] == f {
				return nil, false // Have: &s.doer
			}
		}
	}
	return out, true
}

// requestReturned checks a request returned by the function fnCur: every
// call of the function, in this package, must store it and use it as the
// rules above allow.
func (p *passState) requestReturned(fnCur inspector.Cursor, ret *ast.ReturnStmt, depth int) string {
	decl, ok := fnCur.Node().(*ast.FuncDecl)
	if !ok || decl.Name.IsExported() || depth >= 3 {
		return "the request is returned to callers the fix cannot follow"
	}
	info := p.pass.TypesInfo
	fn, _ := info.Defs[decl.Name].(*types.Func)
	calls := 0
	callCurs, ok := p.callsOf(fn)
	if !ok {
		return "the function returning the request is used as a value"
	}
	for _, callCur := range callCurs {
		call := callCur.Node().(*ast.CallExpr)
		as, ok := callCur.Parent().Node().(*ast.AssignStmt)
		if !ok || len(as.Rhs) != 1 || as.Rhs[0] != call || len(as.Lhs) == 0 {
			return "a call of " + decl.Name.Name + " does not store the request"
		}
		obj := p.objectOf(as.Lhs[0])
		callerCur, _ := enclosingFunc(callCur)
		if obj == nil || !callerCur.Valid() {
			return "a call of " + decl.Name.Name + " does not store the request"
		}
		stored := p.storedOnly(callerCur, obj, func(as *ast.AssignStmt, _ int) bool {
			return len(as.Rhs) == 1 && ast.Unparen(as.Rhs[0]) == ast.Expr(call)
		})
		if !stored {
			return "the request from " + decl.Name.Name + " is replaced by another one"
		}
		if why := p.requestKept(callerCur, obj, depth+1); why != "" {
			return "the request from " + decl.Name.Name + " at line " + p.line(call.Pos()) + ": " + why
		}
		calls++
	}
	if calls == 0 {
		return "the request is returned to callers the fix cannot follow"
	}
	return ""
}

// paramAt returns the object of parameter i of decl, and whether the
// parameter has a name that the body can use.
func paramAt(info *types.Info, decl *ast.FuncDecl, i int) (types.Object, bool) {
	n := 0
	for _, field := range decl.Type.Params.List {
		if len(field.Names) == 0 {
			if n == i {
				return nil, false
			}
			n++
		}
		for _, name := range field.Names {
			if n == i {
				return info.Defs[name], name.Name != "_"
			}
			n++
		}
	}
	return nil, true
}

// paramHeader sets the header on a request the function is given (a
// transport's RoundTrip, a request editor) in place of the statement that
// put the key in its query (dels[0] deletes it): the key is read where it
// was, and the request is the one whose URL carried it. The request must
// stay the one it is given (or its own copies) and keep the key.
func (p *passState) paramHeader(fnCur inspector.Cursor, at ast.Stmt, params []types.Object, key keyRef, dels []analysis.TextEdit) ([]analysis.TextEdit, string) {
	if len(params) != 1 {
		return nil, "the key goes to the query of more than one request: set the x-api-key header by hand"
	}
	req := params[0]
	header := req.Name() + ".Header"
	if given := p.requestCopyOf(fnCur, req); given != nil {
		// Have: newReq := *req in a transport: the copy shares the
		// given request's Header map, which a transport must not change.
		if why := p.copiedOnly(fnCur, given); why != "" {
			return nil, why
		}
		header = header + " = " + header + ".Clone()\n" + fixer.LineIndent(p.source(at.Pos()), p.offset(at.Pos())) + header
	}
	if p.assignedIn(fnCur.Node(), req) {
		for c := range fnCur.Preorder((*ast.AssignStmt)(nil)) {
			as := c.Node().(*ast.AssignStmt)
			for i, lhs := range as.Lhs {
				if id, ok := lhs.(*ast.Ident); ok && p.pass.TypesInfo.Defs[id] == req {
					continue // Have: newReq := *req, its declaration
				}
				if p.objectOf(lhs) == req && (len(as.Lhs) != len(as.Rhs) || !mentions(p.pass.TypesInfo, as.Rhs[i], req) || as.Pos() > at.Pos()) {
					return nil, req.Name() + " is assigned another request: set the x-api-key header by hand"
				}
			}
		}
	}
	if why := p.requestStays(fnCur, req, 0); why != "" {
		return nil, why
	}
	key, imports, why := p.envKey(at.Pos(), key)
	if why != "" {
		return nil, why
	}
	keyText, why := p.headerValue(key)
	if why != "" {
		return nil, why
	}
	if key.expr != nil && !p.visibleAt(key.expr, at.Pos()) {
		return nil, p.keyName(key.expr) + " is not in scope there: set the x-api-key header by hand"
	}
	indent := fixer.LineIndent(p.source(at.Pos()), p.offset(at.Pos()))
	edits := append([]analysis.TextEdit(nil), dels...)
	edits[0].NewText = []byte(indent + header + ".Set(\"x-api-key\", " + keyText + ")\n")
	edits = append(edits, imports...)
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].Pos < edits[j].Pos })
	return edits, ""
}

// requestCopyOf returns the request parameter of the function at fnCur
// that v copies, or nil: v is declared newReq := *req (or var newReq =
// *req) with req a *http.Request parameter, and never assigned again.
func (p *passState) requestCopyOf(fnCur inspector.Cursor, v types.Object) *types.Var {
	body := funcBody(fnCur.Node())
	if body == nil || v == nil {
		return nil
	}
	info := p.pass.TypesInfo
	reassigned := false
	ast.Inspect(body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok {
			for _, lhs := range as.Lhs {
				if id, ok := ast.Unparen(lhs).(*ast.Ident); ok && info.Uses[id] == v {
					reassigned = true // (&newReq goes to requestUse)
				}
			}
		}
		return !reassigned
	})
	if reassigned {
		return nil
	}
	var given *types.Var
	ast.Inspect(body, func(n ast.Node) bool {
		var lhs []*ast.Ident
		var rhs []ast.Expr
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok != token.DEFINE {
				return true
			}
			for _, e := range n.Lhs {
				id, _ := e.(*ast.Ident)
				lhs = append(lhs, id)
			}
			rhs = n.Rhs
		case *ast.ValueSpec:
			lhs, rhs = n.Names, n.Values
		default:
			return given == nil
		}
		if len(lhs) != len(rhs) {
			return true
		}
		for i, id := range lhs {
			if id == nil || info.Defs[id] != v {
				continue
			}
			star, ok := ast.Unparen(rhs[i]).(*ast.StarExpr)
			if !ok {
				continue
			}
			if x, ok := ast.Unparen(star.X).(*ast.Ident); ok {
				if pv, ok := info.Uses[x].(*types.Var); ok && isParam(fnCur, pv) && isNamed(derefType(pv.Type()), "net/http", "Request") {
					given = pv
				}
			}
		}
		return given == nil
	})
	return given
}

// copiedOnly says why the request parameter given, which a local copy of it
// sends in its place, may carry the key itself, or "": the copy shares its
// URL, so given may only be copied (*req) and read (req.URL, req.Method,
// req.Context()), never sent, passed on or changed.
func (p *passState) copiedOnly(fnCur inspector.Cursor, given *types.Var) string {
	info := p.pass.TypesInfo
	for c := range fnCur.Preorder((*ast.Ident)(nil)) {
		id := c.Node().(*ast.Ident)
		if info.Uses[id] != given {
			continue
		}
		switch parent := c.Parent().Node().(type) {
		case *ast.StarExpr:
			continue // Have: newReq := *req, or u := *req.URL is below
		case *ast.SelectorExpr:
			if parent.X != id {
				break
			}
			if call, ok := c.Parent().Parent().Node().(*ast.CallExpr); ok && call.Fun == parent {
				if parent.Sel.Name == "Context" {
					continue
				}
				break
			}
			if as, ok := c.Parent().Parent().Node().(*ast.AssignStmt); ok && indexOf(as.Lhs, ast.Expr(parent)) >= 0 {
				break
			}
			if u, ok := c.Parent().Parent().Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
				break
			}
			if parent.Sel.Name == "URL" || parent.Sel.Name == "Method" || parent.Sel.Name == "Host" {
				if outer, ok := c.Parent().Parent().Node().(*ast.SelectorExpr); ok && outer.X == parent {
					// Have: req.URL.Path, a read; not req.URL.RawQuery = …
					if as, ok := c.Parent().Parent().Parent().Node().(*ast.AssignStmt); ok && indexOf(as.Lhs, ast.Expr(outer)) >= 0 {
						break
					}
					if call, ok := c.Parent().Parent().Parent().Node().(*ast.CallExpr); ok && call.Fun == outer {
						break // req.URL.Query() is read through the copy
					}
				}
				continue
			}
		}
		return "the request " + given.Name() + " is used besides its copy (line " + p.line(id.Pos()) + "), and shares its URL with it: set the x-api-key header by hand"
	}
	return ""
}

// ownURLCopy reports whether rhs, assigned to the URL of the request r (a
// variable), is &u with u a local url.URL declared as a copy of that same
// URL (u := *r.URL), or of the URL of the request r copies (newReq := *req;
// u := *req.URL), and never assigned again: the request keeps its own URL,
// edited.
func (p *passState) ownURLCopy(fnCur inspector.Cursor, r ast.Expr, rhs ast.Expr) bool {
	info := p.pass.TypesInfo
	amp, ok := ast.Unparen(rhs).(*ast.UnaryExpr)
	if !ok || amp.Op != token.AND {
		return false
	}
	id, ok := ast.Unparen(amp.X).(*ast.Ident)
	if !ok {
		return false
	}
	u, _ := info.Uses[id].(*types.Var)
	reqObj := p.objectOf(r)
	body := funcBody(fnCur.Node())
	if u == nil || reqObj == nil || body == nil || !isNamed(u.Type(), "net/url", "URL") || !(body.Pos() <= u.Pos() && u.Pos() < body.End()) {
		return false
	}
	owners := []types.Object{reqObj}
	if given := p.requestCopyOf(fnCur, reqObj); given != nil {
		owners = append(owners, given)
	}
	copied, assigned := false, 0
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for i, lhs := range as.Lhs {
			lid, ok := ast.Unparen(lhs).(*ast.Ident)
			if !ok || info.ObjectOf(lid) != u {
				continue
			}
			assigned++
			if as.Tok != token.DEFINE || len(as.Lhs) != len(as.Rhs) {
				continue
			}
			star, ok := ast.Unparen(as.Rhs[i]).(*ast.StarExpr)
			if !ok {
				continue
			}
			if sel, ok := ast.Unparen(star.X).(*ast.SelectorExpr); ok && sel.Sel.Name == "URL" && slices.Contains(owners, p.objectOf(sel.X)) {
				copied = true
			}
		}
		return true
	})
	return copied && assigned == 1
}
