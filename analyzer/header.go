package analyzer

import (
	"bytes"
	"fmt"
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

// Where the x-api-key header goes. Given the requests a URL reaches (see
// flow.go), every one of them gets the header before it is sent, or the fix
// is declined as a whole:
//
//   - req, err := http.NewRequest(...): the header is set right after the
//     request's error check, when req holds no other request ever; every
//     later use of req, a send through WithContext or Clone included, then
//     sees it;
//   - return http.NewRequest(...): the helper stores, checks, sets and
//     returns the request;
//   - http.Get(u), c.Post(u, ...): the call becomes NewRequest and Do, as
//     statements when it is the right side of an assignment or a return, or
//     else an immediately called function literal.
//
// The key is read where the header is set: the fix is offered only when it
// has the same value there as where the URL was built.

// withHeader adds to edits (which rewrite the URL expression urlExpr) the
// edits that send key in the x-api-key header of every request in flow.
// It returns why when that cannot be shown right.
func (p *passState) withHeader(cur inspector.Cursor, urlExpr ast.Node, flow urlFlow, key keyRef, edits []analysis.TextEdit) ([]analysis.TextEdit, string) {
	fnCur, body := enclosingFunc(cur)
	if body == nil {
		return nil, "the URL is built outside a function: set the x-api-key header where the request is made"
	}
	if flow.why != "" {
		return nil, flow.why
	}
	if why := sameCondition(fnCur, cur, flow); why != "" {
		return nil, why
	}
	// With -secrets=env a key written in the source is sent as
	// os.Getenv("WHISPIR_API_KEY") instead (see credentials.go).
	key, imports, why := p.envKey(urlExpr.Pos(), key)
	if why != "" {
		return nil, why
	}
	keyText, why := p.headerValue(key)
	if why != "" {
		return nil, why
	}
	hoisted, hoist := p.hoistKey(fnCur, key, keyText, flow)
	if hoist {
		// Have: http.Get(base + "?apikey=" + os.Getenv("K")): the header
		// sends a variable declared before the statement.
		key, keyText = keyRef{literal: hoisted.name, hoisted: true}, hoisted.name
	}
	edits = append(edits, key.edits...)
	for _, r := range flow.reqs {
		more, why := p.headerOn(fnCur, r, key, keyText, urlExpr)
		if why != "" {
			return nil, why
		}
		edits = append(edits, more...)
		if len(more) > 0 {
			edits, imports = append(edits, imports...), nil // the header uses the key
		}
	}
	var via []viaCall
	shared := make(map[string]bool)
	for _, cf := range flow.calls {
		more, own, v, why := p.headerInCallee(fnCur, urlExpr, cf, key)
		if why != "" {
			return nil, why
		}
		for _, e := range more {
			shared[editsKey([]analysis.TextEdit{e})] = true
		}
		edits, via = append(append(edits, more...), own...), append(via, v...)
	}
	if len(flow.rets) > 0 {
		// Have: return u, nil: the header goes on the callers' requests.
		more, why := p.returnedHeader(fnCur, flow, key)
		if why != "" {
			return nil, why
		}
		edits = append(edits, more...)
	}
	if hoist {
		if edits, why = p.withHoisted(edits, hoisted); why != "" {
			return nil, why
		}
	}
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].Pos < edits[j].Pos })
	// Two requests of one URL (http.PostForm(u, a); http.PostForm(u, b))
	// may need the same import: insert it once.
	edits = slices.CompactFunc(edits, func(a, b analysis.TextEdit) bool {
		return a.Pos == b.Pos && a.End == b.End && bytes.Equal(a.NewText, b.NewText)
	})
	for i := 1; i < len(edits); i++ {
		if edits[i].Pos < edits[i-1].End {
			return nil, "two requests of this URL need overlapping changes: set the x-api-key header by hand"
		}
	}
	p.pendingVia = append(p.pendingVia, via...)
	for k := range shared {
		p.pendingShared[k] = true
	}
	return edits, ""
}

// sameCondition says why a request of flow may be built where the key was
// not added, or "": the key is added at cur in a block (an if or else
// branch, a case, a loop body) that does not also hold the request or the
// call of the helper that builds it. Setting the header there would send
// the key on paths that did not (if signed { q.Set("apikey", key) }).
func sameCondition(fnCur, cur inspector.Cursor, flow urlFlow) string {
	site := blocksAround(cur)
	var uses []ast.Node
	for _, r := range flow.reqs {
		uses = append(uses, r.node())
	}
	for _, cf := range flow.calls {
		uses = append(uses, cf.call)
	}
	for _, ret := range flow.rets {
		uses = append(uses, ret)
	}
	for _, n := range uses {
		c, ok := fnCur.FindNode(n)
		if !ok {
			return "internal error: request not found"
		}
		around := blocksAround(c)
		for b := range site {
			if !around[b] {
				return "the key is added under a condition the request is not built under: set the x-api-key header under the same condition by hand"
			}
		}
	}
	return ""
}

// blocksAround returns the blocks and case clauses around c, up to its
// function.
func blocksAround(c inspector.Cursor) map[ast.Node]bool {
	out := make(map[ast.Node]bool)
	for e := range c.Enclosing((*ast.BlockStmt)(nil), (*ast.CaseClause)(nil), (*ast.CommClause)(nil), (*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch e.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return out
		}
		out[e.Node()] = true
	}
	return out
}

// headerOn returns the edits that set the header on the request r of the
// function fnCur, whose URL urlExpr builds: after NewRequest, or by turning
// a shortcut (http.Get, c.Post) into NewRequest and Do.
func (p *passState) headerOn(fnCur inspector.Cursor, r *request, key keyRef, keyText string, urlExpr ast.Node) ([]analysis.TextEdit, string) {
	switch r.fn {
	case "NewRequest", "NewRequestWithContext":
		return p.headerAfterNewRequest(fnCur, r, key, keyText, urlExpr)
	case "Request":
		return p.headerInLiteral(fnCur, r, key, keyText, urlExpr)
	}
	if r.call.End() < urlExpr.Pos() {
		return nil, "the request is made before the URL is built: set the x-api-key header by hand"
	}
	return p.shortcutToDo(fnCur, r, key, keyText, urlExpr)
}

func enclosingFunc(cur inspector.Cursor) (inspector.Cursor, *ast.BlockStmt) {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch n := c.Node().(type) {
		case *ast.FuncDecl:
			return c, n.Body
		case *ast.FuncLit:
			return c, n.Body
		}
	}
	return inspector.Cursor{}, nil
}

// headerValue returns the text of the header's value: the key itself, as a
// string. It declines what would not send the same text the query carried.
func (p *passState) headerValue(key keyRef) (string, string) {
	if key.expr == nil {
		return key.literal, ""
	}
	e := ast.Unparen(key.expr)
	switch key.verb {
	case "", "%s", "%v":
	default:
		// Not safe: the query carried the key formatted by the verb.
		return "", "the key is formatted with " + key.verb + ": set the x-api-key header to the same text by hand"
	}
	if _, ok := p.stringValue(e); ok {
		switch e.(type) {
		case *ast.Ident, *ast.SelectorExpr:
			return p.text(e), "" // a named constant: its name, never its value
		}
		// Not safe: a secret written in the source is never copied.
		return "", "the key is written in the source (see WL12): move it out of the source, or run with -secrets=env to read it from $" + whispirKeyEnv
	}
	t := p.pass.TypesInfo.TypeOf(e)
	if sel, ok := e.(*ast.SelectorExpr); ok && t == nil {
		if obj := p.pass.TypesInfo.ObjectOf(sel.Sel); obj != nil {
			t = obj.Type() // Have: a field read made up for a helper's call
		}
	}
	if t == nil {
		return "", "the key's type is unknown: set the x-api-key header by hand"
	}
	if !isStringType(t) {
		// Not safe: fmt prints the value its own way (a Stringer, a number).
		return "", "the key is not a string: set the x-api-key header to the text the URL carried, by hand"
	}
	if key.verb != "" && formatsItself(t) {
		// Not safe: fmt printed what the String or Error method returns.
		return "", "the key's type has its own String, Error or Format method, which fmt used: set the x-api-key header to the same text by hand"
	}
	text := p.text(e)
	if key.text != "" {
		text = key.text
	}
	if types.Identical(t, types.Typ[types.String]) {
		return text, ""
	}
	// Have: type APIKey string.
	if !p.resolvesTo("string", e.Pos(), types.Universe.Lookup("string")) {
		return "", "the name string is shadowed here: set the x-api-key header by hand"
	}
	return "string(" + text + ")", ""
}

// formatsItself reports whether fmt prints values of t with their own
// String, Error or Format method.
func formatsItself(t types.Type) bool {
	for _, name := range []string{"String", "Error", "Format"} {
		for _, tt := range []types.Type{t, types.NewPointer(t)} {
			if obj, _, _ := types.LookupFieldOrMethod(tt, true, nil, name); obj != nil {
				if _, ok := obj.(*types.Func); ok {
					return true
				}
			}
		}
	}
	return false
}

// keyName names the key in a message without showing a secret: the
// expression, unless a literal is written in it.
func (p *passState) keyName(e ast.Expr) string {
	hasLit := false
	ast.Inspect(e, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			hasLit = true
		}
		return !hasLit
	})
	if hasLit || p.text(e) == "" {
		return "the key expression"
	}
	return p.text(e)
}

// keyStable says why the key expression may have another value at `at`
// than where the URL was built (urlExpr), or "". skip is a statement
// between the two that cannot fall through (the request's error check).
func (p *passState) keyStable(fnCur inspector.Cursor, key ast.Expr, urlExpr ast.Node, at token.Pos, skip ast.Node) string {
	if key == nil {
		return ""
	}
	if _, ok := p.stringValue(key); ok {
		return "" // a constant
	}
	if field := p.getterField(key); field != nil {
		key = field // Have: c.Key(), a getter: as stable as the field it returns
	}
	for {
		call, ok := ast.Unparen(key).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			break
		}
		if tv, ok := p.pass.TypesInfo.Types[call.Fun]; !ok || !tv.IsType() || !isStringType(p.pass.TypesInfo.TypeOf(call.Args[0])) {
			break // string(buf) copies a []byte whose elements may change: a computation
		}
		key = call.Args[0] // Have: string(c.Key), a conversion between string types
	}
	root, ok := keyRoot(key)
	if !ok {
		// Not safe: a call or other computation would run at another time.
		return p.keyName(key) + " is computed: store it in a variable before the URL is built"
	}
	info := p.pass.TypesInfo
	obj, _ := info.ObjectOf(root).(*types.Var)
	if obj == nil {
		return p.keyName(key) + " is not a variable: set the x-api-key header by hand"
	}
	body := funcBody(fnCur.Node())
	local := body != nil && body.Pos() <= obj.Pos() && obj.Pos() < body.End()
	if outer := p.funcAt(fnCur.Node().Pos()); !local && !isParam(fnCur, obj) && outer != nil && outer.Pos() <= obj.Pos() && obj.Pos() < outer.End() {
		// Have: a closure reading a variable of the function around it.
		if _, isIdent := ast.Unparen(key).(*ast.Ident); isIdent && !p.assignedIn(outer, obj) {
			return ""
		}
	}
	if local || obj.Parent() == p.pass.Pkg.Scope() || isParam(fnCur, obj) {
		if p.assignedIn(fnCur.Node(), obj) {
			return p.keyName(key) + " changes in this function: set the x-api-key header by hand"
		}
		if _, isIdent := ast.Unparen(key).(*ast.Ident); isIdent && (local || isParam(fnCur, obj)) {
			return "" // a variable of this function, never assigned again
		}
	}
	if (local || isParam(fnCur, obj)) && p.valueField(key) && !p.writesInto(body, obj) {
		// Have: cfg.Key of a struct this function holds by value (config
		// passed as config, not *config): only a write through cfg itself,
		// which the function has none of, can change it; a call gets a copy.
		return ""
	}
	// A field or a package variable: nothing between the two points may
	// change it, and no loop may read it again.
	from, to := urlExpr.End(), at
	if to < from {
		from, to = at, urlExpr.Pos()
	}
	if loopBetween(fnCur, urlExpr, at) {
		return p.keyName(key) + " may change between the URL and the request: set the x-api-key header by hand"
	}
	why := ""
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil || why != "" || n == skip || n.End() <= from || n.Pos() >= to {
			return false // outside the range, or the error check that cannot fall through
		}
		if n.Pos() < from || n.End() > to {
			return true // around the range: what it does itself happens after
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			if !p.harmlessCall(n) {
				why = p.keyName(key) + " may change in the call at line " + p.line(n.Pos()) + " before the request is sent: set the x-api-key header by hand"
			}
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if p.mayWrite(lhs, key) {
					why = p.keyName(key) + " may change at line " + p.line(n.Pos()) + ": set the x-api-key header by hand"
				}
			}
		case *ast.IncDecStmt, *ast.GoStmt, *ast.DeferStmt, *ast.SendStmt:
			why = p.keyName(key) + " may change at line " + p.line(n.Pos()) + ": set the x-api-key header by hand"
		}
		return why == ""
	})
	return why
}

// mayWrite reports whether assigning to lhs may change the value of key:
// a store to one of the fields key reads, through a pointer, or to a
// struct element.
func (p *passState) mayWrite(lhs ast.Expr, key ast.Expr) bool {
	info := p.pass.TypesInfo
	switch l := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		root, _ := keyRoot(key)
		return root != nil && info.ObjectOf(l) == info.Uses[root]
	case *ast.SelectorExpr:
		field := info.ObjectOf(l.Sel)
		written := false
		ast.Inspect(key, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok && info.ObjectOf(sel.Sel) == field {
				written = true
			}
			return !written
		})
		return written
	case *ast.IndexExpr:
		_, isStruct := derefType(info.TypeOf(l)).Underlying().(*types.Struct)
		return isStruct
	}
	return true
}

// getterField returns x.f when e is x.M() and M, a method of this package,
// only returns its receiver's field f (a getter): reading the key later
// through the getter is reading the field later. Otherwise nil.
func (p *passState) getterField(e ast.Expr) ast.Expr {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return nil
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	fn, ok := p.pass.TypesInfo.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() != p.pass.Pkg || fn.Signature().Recv() == nil {
		return nil
	}
	decl, ok := p.funcAt(fn.Pos()).(*ast.FuncDecl)
	if !ok || decl.Name.Pos() != fn.Pos() || decl.Recv == nil || len(decl.Recv.List) != 1 || len(decl.Recv.List[0].Names) != 1 ||
		decl.Body == nil || len(decl.Body.List) != 1 {
		return nil
	}
	ret, ok := decl.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	field, ok := ast.Unparen(ret.Results[0]).(*ast.SelectorExpr)
	if !ok || p.pass.TypesInfo.Uses[asIdent(field.X)] != p.pass.TypesInfo.Defs[decl.Recv.List[0].Names[0]] {
		return nil
	}
	if v, ok := p.pass.TypesInfo.Uses[field.Sel].(*types.Var); !ok || !v.IsField() {
		return nil
	}
	return &ast.SelectorExpr{X: sel.X, Sel: field.Sel}
}

// keyRoot returns the identifier a key expression (k, c.key, c.cfg.Key)
// reads from.
func keyRoot(e ast.Expr) (*ast.Ident, bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e, true
	case *ast.SelectorExpr:
		return keyRoot(e.X)
	case *ast.StarExpr:
		return keyRoot(e.X)
	}
	return nil, false
}

// valueField reports whether e is a field selected from a variable through
// struct values only (cfg.Key, cfg.Auth.Key; not p.Key with p a pointer).
func (p *passState) valueField(e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	if s := p.pass.TypesInfo.Selections[sel]; s == nil || s.Kind() != types.FieldVal || s.Indirect() {
		return false // a method value, a qualified name, or a field reached through a pointer
	}
	if _, isStruct := p.pass.TypesInfo.TypeOf(sel.X).Underlying().(*types.Struct); !isStruct {
		return false
	}
	if _, isIdent := ast.Unparen(sel.X).(*ast.Ident); isIdent {
		return true
	}
	return p.valueField(sel.X)
}

// writesInto reports whether n may write obj or a part of it: an
// assignment, increment or range variable rooted at obj, its address (or a
// part's) taken, or a method with a pointer receiver called on it.
func (p *passState) writesInto(n ast.Node, obj types.Object) bool {
	info := p.pass.TypesInfo
	rooted := func(e ast.Expr) bool {
		id, ok := keyRoot(e)
		return ok && info.ObjectOf(id) == obj
	}
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if id, ok := ast.Unparen(lhs).(*ast.Ident); ok && info.Defs[id] != nil {
					continue // a new variable, or := declaring obj itself
				}
				found = found || rooted(lhs)
			}
		case *ast.IncDecStmt:
			found = found || rooted(n.X)
		case *ast.UnaryExpr:
			found = found || n.Op == token.AND && rooted(n.X)
		case *ast.RangeStmt:
			found = found || n.Key != nil && rooted(n.Key) || n.Value != nil && rooted(n.Value)
		case *ast.SelectorExpr:
			if s := info.Selections[n]; s != nil && s.Kind() == types.MethodVal && rooted(n.X) {
				if sig, ok := s.Obj().Type().(*types.Signature); !ok || sig.Recv() == nil {
					found = true
				} else if _, ptr := sig.Recv().Type().(*types.Pointer); ptr && !s.Indirect() {
					found = true // an addressable value: the call takes its address
				}
			}
		}
		return !found
	})
	return found
}

func isParam(fnCur inspector.Cursor, obj types.Object) bool {
	var ft *ast.FuncType
	switch n := fnCur.Node().(type) {
	case *ast.FuncDecl:
		ft = n.Type
		if n.Recv != nil && len(n.Recv.List) > 0 && obj.Pos() >= n.Recv.Pos() && obj.Pos() < n.Recv.End() {
			return true
		}
	case *ast.FuncLit:
		ft = n.Type
	}
	return ft != nil && ft.Params != nil && obj.Pos() >= ft.Params.Pos() && obj.Pos() < ft.Params.End()
}

// assignedIn reports whether obj is assigned, incremented or has its
// address taken anywhere in n.
func (p *passState) assignedIn(n ast.Node, obj types.Object) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if id, ok := ast.Unparen(lhs).(*ast.Ident); ok && p.pass.TypesInfo.ObjectOf(id) == obj && p.pass.TypesInfo.Defs[id] == nil {
					found = true
				}
			}
		case *ast.IncDecStmt:
			found = found || p.objectOf(n.X) == obj
		case *ast.UnaryExpr:
			found = found || n.Op == token.AND && p.objectOf(n.X) == obj
		case *ast.RangeStmt:
			found = found || p.objectOf(n.Key) == obj || p.objectOf(n.Value) == obj
		}
		return !found
	})
	return found
}

// loopBetween reports whether a loop encloses exactly one of e and pos: the
// key would then be read on more (or fewer) iterations than the URL is built.
func loopBetween(fnCur inspector.Cursor, e ast.Node, pos token.Pos) bool {
	found := false
	for c := range fnCur.Preorder((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil)) {
		n := c.Node()
		inE := n.Pos() <= e.Pos() && e.End() <= n.End()
		inPos := n.Pos() <= pos && pos < n.End()
		if inE != inPos {
			found = true
		}
	}
	return found
}

// harmlessCall reports whether call cannot change a field or variable of
// the program: a conversion, a builtin that writes nothing, net/http's
// request constructors, or a function of a package without side effects.
func (p *passState) harmlessCall(call *ast.CallExpr) bool {
	info := p.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return true
	}
	switch fn := typeutil.Callee(info, call).(type) {
	case *types.Builtin:
		switch fn.Name() {
		case "len", "cap", "make", "new", "append", "min", "max", "complex", "real", "imag":
			return true
		}
	case *types.Func:
		if fn.Pkg() == nil {
			return false
		}
		switch fn.Pkg().Path() {
		case "net/url", "strings", "strconv", "unicode/utf8", "path", "errors", "bytes", "context", "time",
			"encoding/base64", "encoding/hex", "math":
			return true
		case "net/http":
			// Request constructors, and the methods of a request or header
			// (never Do: a transport runs the program's own code).
			if recv := fn.Signature().Recv(); recv != nil {
				t := derefType(recv.Type())
				return isNamed(t, "net/http", "Request") || isNamed(t, "net/http", "Header")
			}
			return fn.Name() == "NewRequest" || fn.Name() == "NewRequestWithContext"
		case "fmt":
			// fmt calls the String and Error methods of its arguments: only
			// values of basic types are harmless.
			if fn.Name() != "Sprintf" && fn.Name() != "Errorf" && fn.Name() != "Sprint" {
				return false
			}
			for _, arg := range call.Args {
				if _, basic := info.TypeOf(arg).Underlying().(*types.Basic); !basic {
					return false
				}
				if types.NewMethodSet(info.TypeOf(arg)).Len() > 0 {
					return false
				}
			}
			return true
		case "flag":
			switch fn.Name() {
			case "Lookup", "Parsed", "Arg", "Args", "NArg", "NFlag":
				return true // reads of the command line
			}
		}
		if fn.Pkg() == p.pass.Pkg && !isMethod(fn) {
			return p.harmlessFunc(fn, 0)
		}
	}
	return false
}

// harmlessFunc reports whether a function of this package changes nothing
// outside its own locals (getVersion, a formatting helper): its body
// assigns only variables it declares, and every call it makes is
// harmless too (two calls deep at most).
func (p *passState) harmlessFunc(fn *types.Func, depth int) bool {
	if v, ok := p.harmless[fn]; ok {
		return v
	}
	p.harmless[fn] = false // a recursive call proves nothing
	decl, _ := p.funcDecl(fn)
	if decl == nil || decl.Body == nil || depth > 2 {
		return false
	}
	info := p.pass.TypesInfo
	ok := true
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.GoStmt, *ast.DeferStmt, *ast.SendStmt:
			ok = false // Have: a closure, a goroutine, a channel: may share or change state
		case *ast.UnaryExpr:
			ok = n.Op != token.AND && n.Op != token.ARROW // Have: &x, <-ch
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				id, isIdent := ast.Unparen(lhs).(*ast.Ident)
				if !isIdent {
					ok = false
					continue
				}
				obj := info.ObjectOf(id)
				if id.Name != "_" && (obj == nil || obj.Pos() < decl.Pos() || obj.Pos() >= decl.End()) {
					ok = false // Have: a package variable written
				}
			}
		case *ast.IncDecStmt:
			ok = false
		case *ast.CallExpr:
			if callee, isFunc := typeutil.Callee(info, n).(*types.Func); isFunc && callee.Pkg() == p.pass.Pkg && !isMethod(callee) {
				ok = ok && p.harmlessFunc(callee, depth+1)
			} else {
				ok = ok && p.harmlessCall(n)
			}
		}
		return ok
	})
	p.harmless[fn] = ok
	return ok
}

// headerAfterNewRequest sets the header right after
//
//	req, err := http.NewRequest(...)
//	if err != nil {
//		return err
//	}
//
// when req never holds another request and its header map is never
// replaced. A helper that returns http.NewRequest(...) at once stores the
// request first (headerBeforeReturn).
func (p *passState) headerAfterNewRequest(fnCur inspector.Cursor, r *request, key keyRef, keyText string, urlExpr ast.Node) ([]analysis.TextEdit, string) {
	callCur, ok := fnCur.FindNode(r.call)
	if !ok {
		return nil, "internal error: request not found"
	}
	if hasGoto(fnCur) {
		// Not safe: a goto may jump past the statement that sets the header.
		return nil, "the function has a goto statement, which may jump past the header: set the x-api-key header by hand"
	}
	parent := callCur.Parent()
	for {
		if _, ok := parent.Node().(*ast.ParenExpr); !ok {
			break
		}
		parent = parent.Parent()
	}
	if ret, ok := parent.Node().(*ast.ReturnStmt); ok {
		return p.headerBeforeReturn(fnCur, ret, r, key, keyText, urlExpr)
	}
	const notStored = "the request is not stored in a variable: set the x-api-key header on it by hand"
	assign, ok := parent.Node().(*ast.AssignStmt)
	if !ok || len(assign.Lhs) != 2 || len(assign.Rhs) != 1 {
		return nil, notStored
	}
	list := stmtList(parent.Parent().Node())
	i := slices.Index(list, ast.Stmt(assign))
	if i < 0 {
		return nil, notStored
	}
	reqID, ok := assign.Lhs[0].(*ast.Ident)
	if !ok || reqID.Name == "_" {
		return nil, notStored
	}
	reqObj := p.pass.TypesInfo.ObjectOf(reqID)
	if !p.localOf(fnCur, reqObj) {
		// Not safe: other functions may change or send it.
		return nil, reqID.Name + " is not a variable of this function: set the x-api-key header on the request by hand"
	}
	if stored := p.requestStoredIn(fnCur, reqObj); stored == nil || stored.call != r.call {
		// Not safe: req may hold another request when it is sent.
		return nil, reqID.Name + " also holds another request: set the x-api-key header on the Whispir request by hand"
	}
	reset := p.headerReset(list, i, reqObj)
	p.resetHeader = reset
	why := p.requestStays(fnCur, reqObj, 0)
	p.resetHeader = nil
	if why != "" {
		return nil, why
	}
	at, skip := assign.End(), ast.Node(nil)
	var before ast.Stmt // the header goes on a line of its own before it
	if errID, ok := assign.Lhs[1].(*ast.Ident); !ok {
		return nil, notStored
	} else if errID.Name != "_" {
		// Have: the error check right after the request.
		errObj := p.pass.TypesInfo.ObjectOf(errID)
		switch {
		case i+1 < len(list) && p.isErrCheck(list[i+1], errObj):
			at, skip = list[i+1].End(), list[i+1]
		case i+1 < len(list) && p.isErrLog(list[i+1], errObj, reqObj):
			// Have: if err != nil { log(err) }, and req used later: the
			// header goes right before the first statement that uses req,
			// which reads it, nil or not, at the same point as before.
			for _, st := range list[i+2:] {
				if mentions(p.pass.TypesInfo, st, reqObj) {
					before = st
					break
				}
			}
			if before == nil || !p.derefsFirst(before, reqObj) {
				return nil, "the request's error check does not end its block: set the x-api-key header by hand"
			}
			at, skip = before.Pos(), list[i+1]
		default:
			return nil, "the request's error is not checked right after it is built: set the x-api-key header by hand"
		}
	}
	if reset != nil {
		// Have: req.Header = http.Header{...}: the header goes after it.
		at = reset.End()
	}
	existing, why := p.existingKeyHeader(fnCur, reqObj, keyText, list, i)
	if why != "" {
		return nil, why
	}
	if existing && reset != nil {
		// Not safe: the header map the key is set in may be replaced.
		return nil, "the request's Header is replaced after it is built: set the x-api-key header by hand"
	}
	if existing {
		return nil, "" // Have: phase-1 code that already sends x-api-key on every path.
	}
	if why := p.keyStable(fnCur, key.expr, urlExpr, at, skip); why != "" {
		return nil, why
	}
	if key.expr != nil && !p.visibleAt(key.expr, at) {
		return nil, p.keyName(key.expr) + " is not in scope where the request is built: set the x-api-key header by hand"
	}
	indent := fixer.LineIndent(p.source(assign.Pos()), p.offset(assign.Pos()))
	line := fmt.Sprintf("\n%s%s.Header.Set(\"x-api-key\", %s)", indent, reqID.Name, keyText)
	if before != nil {
		line = fmt.Sprintf("%s.Header.Set(\"x-api-key\", %s)\n%s", reqID.Name, keyText, indent)
	}
	return []analysis.TextEdit{{Pos: at, End: at, NewText: []byte(line)}}, ""
}

// isErrLog reports whether s is `if err != nil { ... }` for errObj, with
// no else, that does not end its block and does not use the request.
func (p *passState) isErrLog(s ast.Stmt, errObj, reqObj types.Object) bool {
	ifs, ok := s.(*ast.IfStmt)
	if !ok || ifs.Init != nil || ifs.Else != nil || errObj == nil || mentions(p.pass.TypesInfo, ifs, reqObj) {
		return false
	}
	cond, ok := ifs.Cond.(*ast.BinaryExpr)
	if !ok || cond.Op != token.NEQ || p.objectOf(cond.X) != errObj {
		return false
	}
	return p.isNil(cond.Y)
}

// derefsFirst reports whether the statement s reads through the request
// before anything else it does can run: it is an expression statement or
// assignment whose first operation is a call of a method of req.Header,
// or a store to a field of req (req.Header.Add(...), req.Close = true).
func (p *passState) derefsFirst(s ast.Stmt, reqObj types.Object) bool {
	var e ast.Expr
	switch s := s.(type) {
	case *ast.ExprStmt:
		e = s.X
	case *ast.AssignStmt:
		if len(s.Lhs) != 1 || len(s.Rhs) != 1 {
			return false
		}
		if sel, ok := ast.Unparen(s.Lhs[0]).(*ast.SelectorExpr); ok && p.objectOf(sel.X) == reqObj && p.isPlain(s.Rhs[0]) && sel.Sel.Name != "Header" {
			return true // Have: req.Close = true
		}
		return false
	default:
		return false
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	hdr, ok := sel.X.(*ast.SelectorExpr)
	if !ok || hdr.Sel.Name != "Header" || p.objectOf(hdr.X) != reqObj {
		return false
	}
	for _, a := range call.Args {
		calls := false
		ast.Inspect(a, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if tv, ok := p.pass.TypesInfo.Types[n.Fun]; !ok || !tv.IsType() {
					calls = true // Have: req.Header.Add(k, f()): f may run before the read
				}
			case *ast.UnaryExpr:
				calls = calls || n.Op == token.ARROW
			}
			return !calls
		})
		if calls {
			return false
		}
	}
	return true
}

// headerReset returns the statement of list, after the request built at
// list[i], that replaces the request's header map (req.Header = ...), when
// it is the only one and nothing before it can send the request: the
// header then goes right after it. Otherwise nil.
func (p *passState) headerReset(list []ast.Stmt, i int, req types.Object) ast.Stmt {
	info := p.pass.TypesInfo
	for j := i + 1; j < len(list); j++ {
		as, ok := list[j].(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			continue
		}
		sel, ok := as.Lhs[0].(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Header" || p.objectOf(sel.X) != req || mentions(info, as.Rhs[0], req) {
			continue
		}
		// Nothing between may send the request: it appears only as the
		// base of a field (req.Method = ..., req.Header.Set(...)).
		for _, s := range list[i+1 : j] {
			sent := false
			ast.Inspect(s, func(n ast.Node) bool {
				if sel, ok := n.(*ast.SelectorExpr); ok && p.objectOf(sel.X) == req {
					switch sel.Sel.Name {
					case "WithContext", "Clone", "Write", "WriteProxy":
						sent = true
					}
					return false
				}
				if id, ok := n.(*ast.Ident); ok && info.Uses[id] == req {
					sent = true
				}
				return !sent
			})
			if sent {
				return nil
			}
		}
		// No other replacement, anywhere after.
		for _, s := range list[j+1:] {
			other := false
			ast.Inspect(s, func(n ast.Node) bool {
				if as, ok := n.(*ast.AssignStmt); ok {
					for _, l := range as.Lhs {
						if sel, ok := l.(*ast.SelectorExpr); ok && sel.Sel.Name == "Header" && p.objectOf(sel.X) == req {
							other = true
						}
					}
				}
				return !other
			})
			if other {
				return nil
			}
		}
		return as
	}
	return nil
}

// stmtList returns the statements of a block, case or select clause.
func stmtList(n ast.Node) []ast.Stmt {
	switch n := n.(type) {
	case *ast.BlockStmt:
		return n.List
	case *ast.CaseClause:
		return n.Body
	case *ast.CommClause:
		return n.Body
	}
	return nil
}

// isErrCheck reports whether s is `if err != nil { ... }` with no init and
// no else, whose body cannot fall through.
func (p *passState) isErrCheck(s ast.Stmt, errObj types.Object) bool {
	ifs, ok := s.(*ast.IfStmt)
	if !ok || ifs.Init != nil || ifs.Else != nil || len(ifs.Body.List) == 0 {
		return false
	}
	cond, ok := ifs.Cond.(*ast.BinaryExpr)
	if !ok || cond.Op != token.NEQ || p.objectOf(cond.X) != errObj || errObj == nil {
		return false
	}
	if !p.isNil(cond.Y) {
		return false
	}
	return terminates(ifs.Body.List[len(ifs.Body.List)-1])
}

// hasGoto reports whether the function at cur has a goto statement.
func hasGoto(cur inspector.Cursor) bool {
	for b := range cur.Preorder((*ast.BranchStmt)(nil)) {
		if b.Node().(*ast.BranchStmt).Tok == token.GOTO {
			return true
		}
	}
	return false
}

// terminates reports whether s ends its block for good (return, panic,
// break, continue, goto).
func terminates(s ast.Stmt) bool {
	switch s := s.(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	case *ast.ExprStmt:
		if call, ok := s.X.(*ast.CallExpr); ok {
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "panic" {
				return true
			}
		}
	}
	return false
}

// existingKeyHeader looks for x-api-key headers the code already sets on
// req. It reports true when one is set, unconditionally, in the block of
// the request with the same key: nothing to add. A header set to another
// value, or deleted, declines the fix.
func (p *passState) existingKeyHeader(fnCur inspector.Cursor, req types.Object, keyText string, list []ast.Stmt, reqAt int) (bool, string) {
	have := false
	for c := range fnCur.Preorder((*ast.CallExpr)(nil), (*ast.IndexExpr)(nil)) {
		var hdr, name, value ast.Expr
		switch n := c.Node().(type) {
		case *ast.CallExpr:
			// Have: req.Header.Set("x-api-key", k), Add or Del.
			sel, ok := n.Fun.(*ast.SelectorExpr)
			if !ok {
				continue
			}
			switch {
			case (sel.Sel.Name == "Set" || sel.Sel.Name == "Add") && len(n.Args) == 2:
				hdr, name, value = sel.X, n.Args[0], n.Args[1]
			case sel.Sel.Name == "Del" && len(n.Args) == 1:
				hdr, name = sel.X, n.Args[0]
			default:
				continue
			}
		case *ast.IndexExpr:
			// Have: req.Header["X-Api-Key"] = ...
			hdr, name = n.X, n.Index
		}
		sel, ok := hdr.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Header" || p.objectOf(sel.X) != req {
			continue
		}
		v, ok := p.stringValue(name)
		if !ok && p.headerNameOfCaller(fnCur, name) {
			continue // Have: for k, v := range header, with names the callers write.
		}
		if !ok {
			// Not safe: a header named at run time may be x-api-key.
			return false, "the code sets or deletes a header whose name is not a constant on this request (line " + p.line(name.Pos()) + "): set the x-api-key header by hand"
		}
		if !strings.EqualFold(v, "x-api-key") {
			continue
		}
		if value == nil || p.text(value) != keyText {
			return false, "the code already sets or deletes x-api-key on this request another way: make it send the key by hand"
		}
		stmt, isStmt := c.Parent().Node().(*ast.ExprStmt)
		if isStmt && slices.Index(list, ast.Stmt(stmt)) > reqAt {
			have = true
		}
	}
	return have, ""
}

// headerBeforeReturn handles a helper that returns the new request at once,
// return http.NewRequest(...): it stores the request, sets the header and
// returns it, with the same results.
//
//	req, err := http.NewRequest(...)
//	if err != nil {
//		return nil, err
//	}
//	req.Header.Set("x-api-key", key)
//	return req, nil
func (p *passState) headerBeforeReturn(fnCur inspector.Cursor, ret *ast.ReturnStmt, r *request, key keyRef, keyText string, urlExpr ast.Node) ([]analysis.TextEdit, string) {
	const byHand = "the request is returned as it is built: store it, set its x-api-key header and return it by hand"
	if len(ret.Results) != 1 || ast.Unparen(ret.Results[0]) != r.call || !p.universalNil(ret.Pos()) {
		return nil, byHand
	}
	if why := p.requestReturned(fnCur, ret, 0); why != "" {
		return nil, why + ": set the x-api-key header by hand"
	}
	if why := p.keyStable(fnCur, key.expr, urlExpr, ret.End(), nil); why != "" {
		return nil, why
	}
	// The edits replace the text around the call: from the start of the
	// statement (or the block's brace) to the call, and from the call's end
	// to the end of the line (or the closing brace).
	src := p.source(ret.Pos())
	start, end := p.offset(ret.Pos()), p.offset(r.call.End())
	indent := fixer.LineIndent(src, start)
	lineEnd := bytes.IndexByte(src[end:], '\n')
	if lineEnd < 0 {
		lineEnd = len(src) - end
	}
	rest := strings.TrimSpace(string(src[end : end+lineEnd]))
	openPos, closePos, closeText := ret.Pos(), r.call.End(), ""
	if start-len(indent) > 0 && src[start-len(indent)-1] != '\n' || rest != "" && !strings.HasPrefix(rest, "//") {
		// Have: func f() (*http.Request, error) { return http.NewRequest(...) }
		block, ok := fnCur.Node().(*ast.FuncDecl)
		if !ok || block.Body == nil || len(block.Body.List) != 1 || block.Body.List[0] != ret ||
			strings.TrimSpace(string(src[p.offset(block.Body.Lbrace)+1:start])) != "" ||
			strings.TrimSpace(string(src[end:p.offset(block.Body.Rbrace)])) != "" {
			return nil, byHand
		}
		indent = fixer.LineIndent(src, p.offset(block.Body.Lbrace))
		openPos, closePos, closeText = block.Body.Lbrace+1, block.Body.Rbrace, "\n"+indent
		indent += "\t"
	}
	req, errName := p.freshName(ret.Pos(), "req", "whispirReq"), p.freshName(ret.Pos(), "err", "whispirErr")
	if req == "" || errName == "" || containsWord(keyText, req) || containsWord(keyText, errName) {
		return nil, byHand
	}
	open := fmt.Sprintf("%s, %s := ", req, errName)
	if openPos != ret.Pos() {
		open = "\n" + indent + open
	}
	tail := strings.Join([]string{
		"",
		fmt.Sprintf("if %s != nil {", errName),
		fmt.Sprintf("\treturn nil, %s", errName),
		"}",
		fmt.Sprintf("%s.Header.Set(\"x-api-key\", %s)", req, keyText),
		fmt.Sprintf("return %s, nil", req),
	}, "\n"+indent)
	return []analysis.TextEdit{
		{Pos: openPos, End: r.call.Pos(), NewText: []byte(open)},
		{Pos: r.call.End(), End: closePos, NewText: []byte(tail + closeText)},
	}, ""
}
