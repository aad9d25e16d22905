package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strconv"

	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/whispirlint/whispirlint/fixer"
)

// The flow model: where the value of a URL that carries the API key goes
// inside its function, from the expression that builds it to every request
// that is built from it or sent with it.
//
// It follows values through local variables (string, *url.URL, url.URL and
// url.Values), concatenation, net/url (Parse, ParseRequestURI, JoinPath,
// Query, Encode, String, RawQuery) and the request's own URL
// (req.URL.RawQuery = q.Encode()). It gives up (and the fix is declined)
// wherever the URL goes somewhere it cannot follow: into another function,
// a field, a package variable, a closure, a return value, or a variable that
// is later assigned some other URL. The model never guesses a request: a
// URL reaches exactly the requests it can show.

// urlFlow is the result of following one URL.
type urlFlow struct {
	reqs     []*request        // the net/http calls the URL reaches, in source order
	why      string            // why the URL cannot be followed, or ""
	returned bool              // the URL expression is returned as it is (see helperFix)
	appended bool              // text is appended after the URL (u + "&limit=5")
	params   []types.Object    // request parameters whose URL gets the key (see paramHeader)
	calls    []*calleeFlow     // the helpers the URL is passed to (see callee.go)
	rets     []*ast.ReturnStmt // the returns that give the URL to the callers (see returnedHeader)
	retIdx   int               // the result that carries it
}

type flowWalker struct {
	p        *passState
	fn       inspector.Cursor // the function (FuncDecl or FuncLit)
	body     *ast.BlockStmt
	seen     map[ast.Node]bool
	vars     map[types.Object]bool
	reqs     []*request
	inReq    map[ast.Node]bool
	why      string
	appended bool
	params   []types.Object // request parameters whose URL gets the key
	calls    []*calleeFlow  // the helpers the URL is passed to
	depth    int            // how many helper calls deep this walker is
	start    ast.Node       // the site's own expression (returned as it is: see helperFix)
	rets     []*ast.ReturnStmt
	retIdx   int
}

// followURL follows the URL built by the expression at cur, in the
// function fnCur, to the requests it reaches.
func (p *passState) followURL(fnCur, cur inspector.Cursor) urlFlow {
	w := newFlowWalker(p, fnCur)
	w.start = cur.Node()
	w.expr(cur)
	if w.why != "" {
		_, returned := cur.Parent().Node().(*ast.ReturnStmt)
		return urlFlow{why: w.why, returned: returned}
	}
	if len(w.reqs) == 0 && len(w.calls) == 0 && len(w.rets) == 0 {
		return urlFlow{why: "no request in this function uses the URL: set the x-api-key header where the request is built"}
	}
	return urlFlow{reqs: w.reqs, calls: w.calls, appended: w.appended, rets: w.rets, retIdx: w.retIdx}
}

// followValues follows a url.Values variable (q in q.Set("apikey", k)).
func (p *passState) followValues(fnCur inspector.Cursor, recv ast.Expr) urlFlow {
	w := newFlowWalker(p, fnCur)
	id, ok := ast.Unparen(recv).(*ast.Ident)
	if !ok {
		return urlFlow{why: "the query values are not held in a local variable: set the x-api-key header by hand"}
	}
	w.variable(p.pass.TypesInfo.Uses[id], nil)
	if w.why != "" {
		return urlFlow{why: w.why}
	}
	if len(w.params) > 0 && len(w.reqs) == 0 && len(w.calls) == 0 && len(w.rets) == 0 {
		return urlFlow{params: w.params, appended: w.appended}
	}
	if len(w.reqs) == 0 && len(w.calls) == 0 && len(w.rets) == 0 || len(w.params) > 0 {
		return urlFlow{why: "no request in this function uses these query values: set the x-api-key header where the request is built"}
	}
	return urlFlow{reqs: w.reqs, calls: w.calls, rets: w.rets, retIdx: w.retIdx, appended: w.appended}
}

func newFlowWalker(p *passState, fnCur inspector.Cursor) *flowWalker {
	return &flowWalker{
		p:     p,
		fn:    fnCur,
		body:  funcBody(fnCur.Node()),
		seen:  make(map[ast.Node]bool),
		vars:  make(map[types.Object]bool),
		inReq: make(map[ast.Node]bool),
	}
}

func funcBody(n ast.Node) *ast.BlockStmt {
	switch n := n.(type) {
	case *ast.FuncDecl:
		return n.Body
	case *ast.FuncLit:
		return n.Body
	}
	return nil
}

func (w *flowWalker) fail(why string) {
	if w.why == "" {
		w.why = why
	}
}

func (w *flowWalker) addRequest(r *request) {
	if !w.inReq[r.node()] {
		w.inReq[r.node()] = true
		w.reqs = append(w.reqs, r)
	}
}

// expr follows the value of the expression at c.
func (w *flowWalker) expr(c inspector.Cursor) {
	if w.why != "" || w.seen[c.Node()] {
		return
	}
	w.seen[c.Node()] = true
	for {
		if _, ok := c.Parent().Node().(*ast.ParenExpr); !ok {
			break
		}
		c = c.Parent()
	}
	e := c.Node().(ast.Expr)
	parent := c.Parent()
	info := w.p.pass.TypesInfo
	switch n := parent.Node().(type) {
	case *ast.BinaryExpr:
		switch n.Op {
		case token.ADD:
			if ast.Unparen(n.X) == e {
				w.appended = true
			}
			w.expr(parent) // Have: u + "&limit=10"
		case token.EQL, token.NEQ:
			// A comparison reads the URL; it goes nowhere.
		default:
			w.fail("the URL is used in an expression the fix cannot follow: set the x-api-key header by hand")
		}
	case *ast.CallExpr:
		if ast.Unparen(n.Fun) == e {
			w.fail("the URL is called as a function")
			return
		}
		if r := w.p.requestOf(n); r != nil && ast.Unparen(n.Args[r.urlArg]) == e {
			w.addRequest(r) // Have: http.NewRequest(method, u, body), c.Get(u)
			return
		}
		if w.p.urlBaseArg(n) == e {
			// Have: u, err := url.Parse(s); the parsed URL carries the key.
			w.results(parent)
			return
		}
		if tv, ok := info.Types[n.Fun]; ok && tv.IsType() {
			w.expr(parent) // Have: string(u)
			return
		}
		if w.p.resolvedWithPath(n, e) {
			w.expr(parent) // Have: base.ResolveReference(&url.URL{Path: "t", RawQuery: ...})
			return
		}
		if w.p.isPrint(n) || isErrorf(w.p.pass.TypesInfo, n) {
			return // Have: log.Printf("GET %s", u), fmt.Errorf("%s: %w", u, err): a message, not a request
		}
		if w.intoCallee(parent, n, e) {
			return // Have: c.get(u): a helper of this package that sends it
		}
		w.fail("the URL is passed to " + calleeName(w.p, n) + ", which the fix cannot follow: set the x-api-key header where that request is built, by hand")
	case *ast.SelectorExpr:
		w.selector(parent, n)
	case *ast.AssignStmt:
		i := indexOf(n.Rhs, e)
		if i < 0 {
			return // e is assigned to: see variable
		}
		if len(n.Lhs) != len(n.Rhs) {
			w.fail("the URL is assigned in a way the fix cannot follow")
			return
		}
		w.store(n.Lhs[i], n)
	case *ast.ValueSpec:
		i := indexOf(n.Values, e)
		if i < 0 || len(n.Names) != len(n.Values) {
			w.fail("the URL is declared in a way the fix cannot follow")
			return
		}
		w.variable(info.Defs[n.Names[i]], n)
	case *ast.KeyValueExpr:
		// Have: url.URL{Host: ..., RawQuery: "apikey=" + k}
		if lit, ok := parent.Parent().Node().(*ast.CompositeLit); ok && n.Value == e &&
			isNamed(info.TypeOf(lit), "net/url", "URL") {
			w.expr(parent.Parent())
			return
		}
		if lit, ok := parent.Parent().Node().(*ast.CompositeLit); ok && n.Value == e &&
			isNamed(info.TypeOf(lit), "net/http", "Request") && isIdentNamed(n.Key, "URL") {
			// Have: &http.Request{Method: m, URL: u}: see headerInLiteral.
			w.addRequest(&request{lit: lit, fn: "Request"})
			return
		}
		w.fail("the URL is stored in a composite literal the fix cannot follow: set the x-api-key header by hand")
	case *ast.UnaryExpr:
		if n.Op == token.AND {
			if _, ok := e.(*ast.CompositeLit); ok {
				w.expr(parent) // Have: &url.URL{...}
				return
			}
		}
		w.fail("the URL is used in an expression the fix cannot follow: set the x-api-key header by hand")
	case *ast.IndexExpr:
		// Have: q["apikey"] = []string{k}: an edit in place.
		if as, ok := parent.Parent().Node().(*ast.AssignStmt); ok && n.X == e && indexOf(as.Lhs, n) >= 0 {
			return
		}
		w.fail("the URL's values are read in a way the fix cannot follow: set the x-api-key header by hand")
	case *ast.ExprStmt:
		// The value is dropped.
	case *ast.ReturnStmt:
		if w.returnsURL(n, e) {
			return // Have: return u, nil: the callers' requests get the header (see returnedHeader)
		}
		w.fail("the URL is returned to the caller: set the x-api-key header where the request is built, by hand")
	default:
		w.fail("the URL is used in a way the fix cannot follow: set the x-api-key header by hand")
	}
}

// resolvedWithPath reports whether call is base.ResolveReference(e) of
// net/url with e a url.URL literal whose Path is a non-empty constant: the
// result then has e's query, whatever it is, and never the base's (RFC
// 3986, 5.2.2), so the key's removal from e leaves it with no other.
func (p *passState) resolvedWithPath(call *ast.CallExpr, e ast.Expr) bool {
	fn, _ := typeutil.Callee(p.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "net/url" || fn.Name() != "ResolveReference" || len(call.Args) != 1 || ast.Unparen(call.Args[0]) != e {
		return false
	}
	ref := ast.Unparen(e)
	if u, ok := ref.(*ast.UnaryExpr); ok && u.Op == token.AND {
		ref = ast.Unparen(u.X)
	}
	lit, ok := ref.(*ast.CompositeLit)
	if !ok || !isNamed(p.pass.TypesInfo.TypeOf(lit), "net/url", "URL") {
		return false
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok && isIdentNamed(kv.Key, "Path") {
			path, ok := p.stringValue(kv.Value)
			return ok && path != ""
		}
	}
	return false
}

// returnsURL records ret, which returns the URL as the result e, when the
// callers of the function can be followed instead (see returnedHeader):
// a function declaration (not a closure), the site's own function, the
// URL held in a variable (a site returned as it is goes to helperFix), in
// the same result at every such return.
func (w *flowWalker) returnsURL(ret *ast.ReturnStmt, e ast.Expr) bool {
	decl, ok := w.fn.Node().(*ast.FuncDecl)
	if !ok || w.depth > 0 || e == w.start || decl.Type.Results == nil || len(ret.Results) != decl.Type.Results.NumFields() {
		return false
	}
	i := indexOf(ret.Results, e)
	if i < 0 || len(w.rets) > 0 && w.retIdx != i {
		return false
	}
	w.retIdx = i
	w.rets = append(w.rets, ret)
	return true
}

// selector follows e.f or e.m(...) where e carries the URL.
func (w *flowWalker) selector(c inspector.Cursor, sel *ast.SelectorExpr) {
	info := w.p.pass.TypesInfo
	obj := info.ObjectOf(sel.Sel)
	if fn, ok := obj.(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "net/url" {
		call, isCall := c.Parent().Node().(*ast.CallExpr)
		if !isCall || call.Fun != sel {
			w.fail("a method value of the URL is used: set the x-api-key header by hand")
			return
		}
		switch fn.Name() {
		case "String", "Query", "Encode", "JoinPath":
			// Have: u.String(), u.Query(), q.Encode(): a value that carries the key.
			w.expr(c.Parent())
		case "Del", "Get", "Has":
			// Not safe: a read or removal of the key from the query sees
			// the query without it after the fix.
			if len(call.Args) > 0 {
				if name, ok := w.p.stringValue(call.Args[0]); !ok || fixer.IsKeyParam(name) {
					w.fail("the query's key parameter is read or deleted again (line " + w.p.line(call.Pos()) + "): set the x-api-key header by hand")
				}
			}
		case "Set", "Add", "Hostname", "Port", "EscapedPath", "EscapedFragment", "IsAbs", "Redacted":
			// Reads or edits in place: the value goes nowhere new.
		default:
			w.fail("the URL's method " + fn.Name() + " is used: set the x-api-key header by hand")
		}
		return
	}
	v, ok := obj.(*types.Var)
	if !ok || !v.IsField() || v.Pkg() == nil || v.Pkg().Path() != "net/url" {
		w.fail("the URL is used in a way the fix cannot follow: set the x-api-key header by hand")
		return
	}
	// Have: u.RawQuery = ..., u.Path = ... (edits in place), or u.Host (a read).
	if as, ok := c.Parent().Node().(*ast.AssignStmt); ok && indexOf(as.Lhs, sel) >= 0 {
		return
	}
	if v.Name() == "RawQuery" {
		w.expr(c) // the query itself carries the key
	}
}

// results follows the first result of a call with two results (v, err :=
// url.Parse(s)), at cursor c.
func (w *flowWalker) results(c inspector.Cursor) {
	as, ok := c.Parent().Node().(*ast.AssignStmt)
	if !ok || len(as.Rhs) != 1 || len(as.Lhs) != 2 || as.Rhs[0] != c.Node() {
		w.fail("the parsed URL is used in a way the fix cannot follow: set the x-api-key header by hand")
		return
	}
	w.store(as.Lhs[0], as)
}

// store follows the URL into the assignment target lhs of stmt.
func (w *flowWalker) store(lhs ast.Expr, stmt ast.Node) {
	info := w.p.pass.TypesInfo
	switch l := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		if l.Name == "_" {
			return
		}
		w.variable(info.ObjectOf(l), stmt)
	case *ast.SelectorExpr:
		// Have: u.RawQuery = q.Encode() or req.URL.RawQuery = q.Encode().
		if v, ok := info.ObjectOf(l.Sel).(*types.Var); ok && v.IsField() && v.Pkg() != nil && v.Pkg().Path() == "net/url" {
			w.urlHolder(l.X)
			return
		}
		w.fail("the URL is stored in " + l.Sel.Name + ", which the fix cannot follow: set the x-api-key header where the request is built, by hand")
	default:
		w.fail("the URL is stored where the fix cannot follow it: set the x-api-key header by hand")
	}
}

// urlHolder follows the URL object x whose field was just written: a local
// URL variable, or the URL of a local request (req.URL).
func (w *flowWalker) urlHolder(x ast.Expr) {
	info := w.p.pass.TypesInfo
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		w.variable(info.Uses[x], nil)
		return
	case *ast.SelectorExpr:
		if x.Sel.Name == "URL" {
			if id, ok := ast.Unparen(x.X).(*ast.Ident); ok {
				if r := w.p.requestStoredIn(w.fn, info.Uses[id]); r != nil {
					w.addRequest(r) // Have: req.URL.RawQuery = q.Encode()
					return
				}
				v, _ := info.Uses[id].(*types.Var)
				given := v != nil && isParam(w.fn, v) && isNamed(derefType(v.Type()), "net/http", "Request")
				if given || v != nil && w.p.requestCopyOf(w.fn, v) != nil {
					// Have: a transport or request editor that adds the key
					// to the request it is given, or to a copy of it
					// (newReq := *req).
					if !slices.Contains(w.params, types.Object(v)) {
						w.params = append(w.params, v)
					}
					return
				}
			}
		}
	}
	w.fail("the URL belongs to a value the fix cannot follow: set the x-api-key header by hand")
}

// variable follows every use of the local variable obj, which receives the
// URL in stmt (nil when it holds it from its declaration on).
func (w *flowWalker) variable(obj types.Object, stmt ast.Node) {
	if w.why != "" || obj == nil || w.vars[obj] {
		return
	}
	w.vars[obj] = true
	v, ok := obj.(*types.Var)
	// A parameter is followed like a local where the caller cannot see what
	// this function does to it (a string or a url.URL value, not a
	// url.Values map or a *url.URL the caller shares), or where the URL came
	// in through it from a site of the caller (see intoCallee): then an edit
	// here is the caller's to see, as before the fix.
	param := ok && isParam(w.fn, v) && (w.depth > 0 || isStringType(v.Type()) || isNamed(v.Type(), "net/url", "URL") || w.p.freshMapParam(w.fn, v))
	if !ok || v.IsField() || w.body == nil || !param && (v.Pos() < w.body.Pos() || v.Pos() > w.body.End()) {
		w.fail("the URL is kept in " + obj.Name() + ", which lives outside this function: set the x-api-key header where the request is built, by hand")
		return
	}
	info := w.p.pass.TypesInfo
	for c := range w.fn.Preorder((*ast.Ident)(nil)) {
		id := c.Node().(*ast.Ident)
		if info.Uses[id] != obj {
			continue
		}
		if lit := enclosingFuncLit(c, w.body); lit != nil && !(lit.Pos() <= v.Pos() && v.Pos() < lit.End()) {
			// Not safe: a closure may send the URL at any time.
			w.fail("the URL in " + v.Name() + " is used by a closure: set the x-api-key header by hand")
			return
		}
		switch n := c.Parent().Node().(type) {
		case *ast.AssignStmt:
			if i := indexOf(n.Lhs, id); i >= 0 {
				if n == stmt {
					continue
				}
				if n.Tok == token.ADD_ASSIGN || (len(n.Lhs) == len(n.Rhs) && mentions(info, n.Rhs[i], obj)) {
					continue // Have: u += "&x=1", u = u + "&x=1"
				}
				if w.p.nilDefault(c.Parent(), obj) {
					continue // Have: if q == nil { q = url.Values{} }
				}
				// Not safe: the variable may hold another URL when it is used.
				w.fail(v.Name() + " is assigned another value at line " + w.p.line(n.Pos()) + ": set the x-api-key header by hand")
				return
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				// Have: newReq.URL = &u, u a url.URL the request now holds.
				if as, ok := c.Parent().Parent().Node().(*ast.AssignStmt); ok && len(as.Lhs) == 1 && len(as.Rhs) == 1 && as.Rhs[0] == n && isNamed(v.Type(), "net/url", "URL") {
					if sel, ok := ast.Unparen(as.Lhs[0]).(*ast.SelectorExpr); ok && sel.Sel.Name == "URL" {
						w.urlHolder(sel)
						continue
					}
				}
				w.fail("the address of " + v.Name() + " is taken: set the x-api-key header by hand")
				return
			}
		}
		w.expr(c)
		if w.why != "" {
			return
		}
	}
}

// nilDefault reports whether the assignment at c is the whole body of
//
//	if q == nil {
//		q = url.Values{}
//	}
//
// with a fresh value (see freshValue): a map that is nil holds no key, and
// the new one is made for this function alone; past the if, q is non-nil
// either way (a key added before it would have panicked on nil).
func (p *passState) nilDefault(c inspector.Cursor, obj types.Object) bool {
	as, ok := c.Node().(*ast.AssignStmt)
	if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 || !p.freshValue(ast.Unparen(as.Rhs[0])) {
		return false
	}
	block, ok := c.Parent().Node().(*ast.BlockStmt)
	if !ok || len(block.List) != 1 {
		return false
	}
	ifs, ok := c.Parent().Parent().Node().(*ast.IfStmt)
	if !ok || ifs.Body != block || ifs.Init != nil || ifs.Else != nil {
		return false
	}
	cond, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
	if !ok || cond.Op != token.EQL || p.objectOf(cond.X) != obj {
		return false
	}
	return p.isNil(ast.Unparen(cond.Y))
}

// enclosingFuncLit returns the innermost function literal around c inside
// body, or nil.
func enclosingFuncLit(c inspector.Cursor, body *ast.BlockStmt) *ast.FuncLit {
	for e := range c.Enclosing((*ast.FuncLit)(nil)) {
		lit := e.Node().(*ast.FuncLit)
		if lit.Pos() > body.Pos() && lit.End() <= body.End() {
			return lit
		}
		return nil
	}
	return nil
}

// mentions reports whether e uses obj.
func mentions(info *types.Info, e ast.Node, obj types.Object) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == obj {
			found = true
		}
		return !found
	})
	return found
}

// requestStoredIn returns the request built by http.NewRequest and stored
// in the local variable obj, when that is the only request obj ever holds.
func (p *passState) requestStoredIn(fnCur inspector.Cursor, obj types.Object) *request {
	if obj == nil {
		return nil
	}
	var found *request
	only := p.storedOnly(fnCur, obj, func(as *ast.AssignStmt, i int) bool {
		if found != nil || len(as.Rhs) != 1 || i != 0 {
			return false
		}
		if call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr); ok {
			if r := p.requestOf(call); r != nil && (r.fn == "NewRequest" || r.fn == "NewRequestWithContext") {
				found = r
				return true
			}
		}
		return false
	})
	if !only {
		return nil
	}
	return found
}

// storedOnly reports whether every assignment to obj in fnCur is one that
// accept takes (given the statement and the index of obj among its left
// sides), or stores a value made from obj itself (req = req.WithContext(ctx)).
func (p *passState) storedOnly(fnCur inspector.Cursor, obj types.Object, accept func(as *ast.AssignStmt, i int) bool) bool {
	for c := range fnCur.Preorder((*ast.AssignStmt)(nil)) {
		as := c.Node().(*ast.AssignStmt)
		for i, lhs := range as.Lhs {
			if p.objectOf(lhs) != obj || accept(as, i) {
				continue
			}
			if len(as.Lhs) == len(as.Rhs) && mentions(p.pass.TypesInfo, as.Rhs[i], obj) {
				continue // Have: req = req.WithContext(ctx)
			}
			return false
		}
	}
	return true
}

// calleeName names the function a call calls, for messages.
func calleeName(p *passState, call *ast.CallExpr) string {
	if fn := typeutil.Callee(p.pass.TypesInfo, call); fn != nil {
		return fn.Name()
	}
	return "a function value"
}

// line returns the line number of pos, for messages; with the file's name
// when pos is in another file than the one being reported (where).
func (p *passState) line(pos token.Pos) string {
	return strconv.Itoa(p.pass.Fset.Position(pos).Line)
}

// lineFrom names the line of pos as seen from a report at from: "line 12",
// or "client.go:12" in another file.
func (p *passState) lineFrom(pos, from token.Pos) string {
	at, here := p.pass.Fset.Position(pos), p.pass.Fset.Position(from)
	if at.Filename == here.Filename {
		return "line " + strconv.Itoa(at.Line)
	}
	return filepath.Base(at.Filename) + ":" + strconv.Itoa(at.Line)
}

// isErrorf reports whether call is fmt.Errorf.
func isErrorf(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	return ok && fn.Name() == "Errorf" && fn.Pkg() != nil && fn.Pkg().Path() == "fmt"
}

// freshMapParam reports whether every call of the function fnCur passes
// its url.Values (or *url.URL) parameter v a value the caller made for
// that call alone: a composite literal, url.Values{} or make(url.Values)
// written in the call, or a local variable declared with one in the same
// block, before the call, outside any loop the call is in, and not used
// after it, nor by a closure (which may run after it). An edit of the map
// here (the key taken out) is then seen by no one else:
//
//	values := url.Values{"status": {status}}
//	err := getResource(ctx, api.httpclient, api.endpoint+"users", api.token, values, &out)
func (p *passState) freshMapParam(fnCur inspector.Cursor, v *types.Var) bool {
	decl, ok := fnCur.Node().(*ast.FuncDecl)
	if !ok || p.testFilesUnseen().names[decl.Name.Name] {
		return false
	}
	if fn, _ := p.pass.TypesInfo.Defs[decl.Name].(*types.Func); fn == nil || p.calledOutside(fn) {
		return false
	}
	t := v.Type()
	if !isQueryMap(t) && !isNamed(derefType(t), "net/url", "URL") {
		return false
	}
	sig := p.pass.TypesInfo.Defs[decl.Name].(*types.Func).Signature()
	i := -1
	for j := range sig.Params().Len() {
		if sig.Params().At(j) == v {
			i = j
		}
	}
	fn, _ := p.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	calls, ok := p.callsOf(fn)
	if i < 0 || fn == nil || !ok || len(calls) == 0 || sig.Variadic() && i >= sig.Params().Len()-1 {
		return false
	}
	for _, c := range calls {
		call := c.Node().(*ast.CallExpr)
		if i >= len(call.Args) || !p.freshArg(c, call.Args[i]) {
			return false
		}
	}
	return true
}

// freshArg reports whether arg, passed in the call at c, is a map or URL
// made for that call alone (see freshMapParam).
func (p *passState) freshArg(c inspector.Cursor, arg ast.Expr) bool {
	arg = ast.Unparen(arg)
	if p.freshValue(arg) {
		return true
	}
	id, ok := arg.(*ast.Ident)
	if !ok {
		return false
	}
	obj, _ := p.pass.TypesInfo.Uses[id].(*types.Var)
	callerCur, body := enclosingFunc(c)
	if obj == nil || body == nil || obj.Pos() < body.Pos() || obj.Pos() > body.End() {
		return false // a parameter, a field, a package variable
	}
	// Declared with a fresh value, in the block the call is in, assigned
	// nowhere else, and used nowhere after the call.
	declared := false
	for nc := range callerCur.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.Ident)(nil)) {
		switch n := nc.Node().(type) {
		case *ast.AssignStmt:
			for j, lhs := range n.Lhs {
				if p.objectOf(lhs) != obj {
					continue
				}
				fresh := len(n.Lhs) == len(n.Rhs) && p.freshValue(n.Rhs[j]) ||
					j == 0 && len(n.Lhs) == 2 && len(n.Rhs) == 1 && p.urlBaseArg(n.Rhs[0]) != nil // Have: u, err := url.Parse(s)
				if n.Tok != token.DEFINE || !fresh || declared {
					return false
				}
				declared = true
			}
		case *ast.ValueSpec:
			for j, name := range n.Names {
				if p.pass.TypesInfo.Defs[name] != obj {
					continue
				}
				if len(n.Values) != len(n.Names) || !p.freshValue(n.Values[j]) || declared {
					return false
				}
				declared = true
			}
		case *ast.Ident:
			if p.pass.TypesInfo.Uses[n] != obj || n == arg {
				continue
			}
			if n.Pos() > c.Node().End() || !p.editsInPlace(n) {
				return false // Have: used after the call, or shared before it (m := values)
			}
			if inner, _ := enclosingFunc(nc); inner.Node() != callerCur.Node() {
				// Not safe: a closure may run after the call (retry :=
				// func() { ... q.Encode() ... }) and read what the callee
				// left in the map.
				return false
			}
		}
	}
	if !declared {
		return false
	}
	// Not safe: a loop around the call, inside the variable's scope, would
	// pass the same map again.
	for e := range c.Enclosing((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.FuncLit)(nil)) {
		if e.Node().Pos() > obj.Pos() {
			return false
		}
	}
	// Not safe: a goto may run the call again, or a use before it after it.
	return !hasGoto(callerCur)
}

// editsInPlace reports whether the use id of a url.Values or URL variable
// reads or edits it without sharing it: a method call on it (q.Set,
// q.Encode, u.Query), a field of it (u.Path = ...), an element (q["a"]).
func (p *passState) editsInPlace(id *ast.Ident) bool {
	path, _ := astutil.PathEnclosingInterval(p.fileOf(id.Pos()), id.Pos(), id.End())
	if len(path) < 2 {
		return false
	}
	switch parent := path[1].(type) {
	case *ast.SelectorExpr:
		if parent.X != id {
			return false
		}
		if fn, ok := p.pass.TypesInfo.Uses[parent.Sel].(*types.Func); ok {
			call, isCall := path[2].(*ast.CallExpr)
			return isCall && call.Fun == parent && fn.Pkg() != nil && fn.Pkg().Path() == "net/url" && fn.Name() != "JoinPath" && fn.Name() != "ResolveReference"
		}
		return isURLField(p.pass.TypesInfo.Uses[parent.Sel])
	case *ast.IndexExpr:
		return parent.X == id
	}
	return false
}

// freshValue reports whether e makes a new url.Values (or url.URL): a
// composite literal (or its address), or make.
func (p *passState) freshValue(e ast.Expr) bool {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	switch e := e.(type) {
	case *ast.CompositeLit:
		return true
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(p.pass.TypesInfo, e).(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "net/url" && fn.Name() == "JoinPath" && isMethod(fn) {
			return true // Have: c.base.JoinPath("dns", "list"): a new URL
		}
		id, ok := ast.Unparen(e.Fun).(*ast.Ident)
		return ok && id.Name == "make" && p.pass.TypesInfo.Uses[id] == types.Universe.Lookup("make")
	}
	return false
}
