package analyzer

import (
	"bytes"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/whispirlint/whispirlint/fixer"
)

// Sending helpers. Real clients build the URL in one function and send it
// in another:
//
//	func (c *Client) Messages() error {
//		return c.get(c.base + "/messages?apikey=" + c.key)
//	}
//
//	func (c *Client) get(u string) error {
//		req, err := http.NewRequest(http.MethodGet, u, nil)
//		...
//		resp, err := c.hc.Do(req)
//
// The flow model follows the URL into the parameter of a function of this
// package it is passed to (three calls deep at most), and the header is set
// there, where the request is built. That header reaches every request the
// helper builds from the parameter, so the fix is offered for all the sites
// that call it or for none: every call of every helper on the way must pass
// a URL whose key this run moves, with the same key expression once it is
// named inside the helper (its receiver's field, or a parameter the key is
// passed in), and the helper must be called only directly, from this
// package (unexported, or in package main), and from no file the pass does
// not hold.

// maxCalleeDepth bounds how many helper calls a URL is followed through.
const maxCalleeDepth = 3

// A calleeFlow is the URL followed into a helper it is passed to.
type calleeFlow struct {
	call  *ast.CallExpr
	fn    *types.Func
	decl  *ast.FuncDecl
	cur   inspector.Cursor
	param *types.Var
	reqs  []*request
	calls []*calleeFlow
}

// A viaCall is one call of a helper that a site's fix relies on: the
// header set in fn reaches the request the URL passed by call builds.
type viaCall struct {
	fn     *types.Func
	call   *ast.CallExpr
	header string // the helper's header edits, the same for every site
}

// intoCallee follows the URL passed as the argument arg of call (at
// callCur) into the
// callee's parameter, when the callee is a function of this package with
// a body. It reports whether it took the call (failing w when the callee
// does something with the URL the model cannot follow).
func (w *flowWalker) intoCallee(callCur inspector.Cursor, call *ast.CallExpr, arg ast.Expr) bool {
	if w.depth >= maxCalleeDepth || call.Ellipsis.IsValid() {
		return false
	}
	switch callCur.Parent().Node().(type) {
	case *ast.DeferStmt, *ast.GoStmt:
		// Not safe: the helper runs later, when the key may have changed.
		return false
	}
	i := indexOf(call.Args, arg)
	fn := staticCallee(w.p.pass.TypesInfo, call)
	if i < 0 || fn == nil || fn.Pkg() != w.p.pass.Pkg {
		return false
	}
	sig := fn.Signature()
	if sig.Variadic() && i >= sig.Params().Len()-1 {
		return false
	}
	param := sig.Params().At(i)
	decl, cur := w.p.funcDecl(fn)
	if decl == nil || decl.Body == nil || param.Name() == "" || param.Name() == "_" || cur.Node() == w.fn.Node() {
		return false
	}
	sub := newFlowWalker(w.p, cur)
	sub.depth = w.depth + 1
	sub.variable(param, nil)
	switch {
	case sub.why != "":
		w.fail("the URL is passed to " + fn.Name() + ", where " + strings.TrimPrefix(sub.why, "internal error: "))
	case len(sub.params) > 0:
		w.fail("the URL is passed to " + fn.Name() + ", which adds it to a request it is given: set the x-api-key header by hand")
	case len(sub.reqs) == 0 && len(sub.calls) == 0:
		w.fail("the URL is passed to " + fn.Name() + ", which sends no request with it: set the x-api-key header where the request is built, by hand")
	default:
		w.calls = append(w.calls, &calleeFlow{call: call, fn: fn, decl: decl, cur: cur, param: param, reqs: sub.reqs, calls: sub.calls})
		w.appended = w.appended || sub.appended
	}
	return true
}

// funcDecl returns the declaration of fn in this package and its cursor.
func (p *passState) funcDecl(fn *types.Func) (*ast.FuncDecl, inspector.Cursor) {
	fd := p.topFuncAt(fn.Pos())
	if fd == nil || fd.Name.Pos() != fn.Pos() {
		return nil, inspector.Cursor{}
	}
	cur, ok := p.cursorOf(fd)
	if !ok {
		return nil, inspector.Cursor{}
	}
	return fd, cur
}

// headerInCallee returns the edits that set the header in the helper cf,
// for the URL urlExpr built in callerCur with key, and the helper calls
// the fix relies on.
func (p *passState) headerInCallee(callerCur inspector.Cursor, urlExpr ast.Node, cf *calleeFlow, key keyRef) (shared, own []analysis.TextEdit, via []viaCall, why string) {
	name := cf.fn.Name()
	if p.calledOutside(cf.fn) {
		// Not safe: code outside the package may call it with other URLs.
		return nil, nil, nil, "the URL is passed to " + name + ", which is exported: other packages may send other requests through it; set the x-api-key header by hand"
	}
	if p.testFilesUnseen().names[name] {
		return nil, nil, nil, "the URL is passed to " + name + ", which a test file of the package, or one this build excludes, may call: set the x-api-key header by hand"
	}
	if _, ok := p.callsOf(cf.fn); !ok {
		return nil, nil, nil, "the URL is passed to " + name + ", which is also used as a value or through an interface: set the x-api-key header by hand"
	}
	if (key.expr == nil && !key.hoisted) || len(key.edits) > 0 {
		return nil, nil, nil, "the URL is passed to " + name + " and its key is not a variable: set the x-api-key header by hand"
	}
	// (A key moved into a variable, key.hoisted, is in scope and stable
	// at the call: hoistKey checked it.)
	if why := p.keyStable(callerCur, key.expr, urlExpr, cf.call.Pos(), nil); why != "" {
		return nil, nil, nil, why
	}
	var edits []analysis.TextEdit
	inner, why := p.keyInCallee(cf, key)
	if why != "" {
		var sig, arg analysis.TextEdit
		if inner, sig, arg, why = p.keyParam(cf, key); why != "" {
			return nil, nil, nil, "the URL is passed to " + name + ": " + why
		}
		// The key, a new last argument, is read after the call's other
		// arguments, and must name there what it named at the URL.
		if why := p.keyStable(callerCur, key.expr, urlExpr, cf.call.Rparen, nil); why != "" {
			return nil, nil, nil, why
		}
		if key.expr != nil && !p.visibleAt(key.expr, cf.call.Rparen) {
			return nil, nil, nil, p.keyName(key.expr) + " is not in scope where the URL is passed to " + name + ": set the x-api-key header by hand"
		}
		edits, own = append(edits, sig), append(own, arg)
	}
	keyText, why := p.headerValue(inner)
	if why != "" {
		return nil, nil, nil, why
	}
	for _, r := range cf.reqs {
		// The URL comes in through the parameter: from the signature on.
		more, why := p.headerOn(cf.cur, r, inner, keyText, cf.decl.Type)
		if why != "" {
			return nil, nil, nil, "in " + name + ": " + why
		}
		edits = append(edits, more...)
	}
	for _, sub := range cf.calls {
		// The helper's own calls of other helpers are the same for every
		// site: what they need goes with the helper's edits.
		more, subOwn, subVia, why := p.headerInCallee(cf.cur, cf.decl.Type, sub, inner)
		if why != "" {
			return nil, nil, nil, why
		}
		edits, via = append(append(edits, more...), subOwn...), append(via, subVia...)
	}
	via = append(via, viaCall{fn: cf.fn, call: cf.call, header: editsKey(edits)})
	return edits, own, via, ""
}

// keyInCallee names the key inside the helper: the parameter the call
// passes it in, or, for a field of the caller's receiver passed on in a
// method call on that receiver, the same field of the helper's receiver.
// Package-level names read the same everywhere.
func (p *passState) keyInCallee(cf *calleeFlow, key keyRef) (keyRef, string) {
	const byHand = "the key is not passed to it, nor a field of the receiver it is called on: set the x-api-key header by hand"
	info := p.pass.TypesInfo
	e := ast.Unparen(key.expr)
	root, ok := keyRoot(e)
	if !ok {
		return keyRef{}, byHand
	}
	obj := info.ObjectOf(root)
	if obj == nil {
		return keyRef{}, byHand
	}
	if obj.Parent() == p.pass.Pkg.Scope() {
		return key, "" // Have: a package-level variable or constant.
	}
	// Have: c.send(u, key) or send(u, cfg.Key): the key is passed in a
	// parameter too.
	for j, a := range cf.call.Args {
		if sameRef(info, a, e) && j < cf.fn.Signature().Params().Len() {
			if use := p.useIn(cf.decl.Body, cf.fn.Signature().Params().At(j)); use != nil {
				return keyRef{expr: use, text: use.Name, verb: key.verb}, ""
			}
		}
	}
	if _, ok := e.(*ast.Ident); ok {
		return keyRef{}, byHand
	}
	// Have: c.get(u) with the key in c.key, and get's receiver r: r.key.
	sel, ok := cf.call.Fun.(*ast.SelectorExpr)
	recvVar := cf.fn.Signature().Recv()
	if !ok || recvVar == nil || asIdent(sel.X) == nil || info.Uses[asIdent(sel.X)] != obj {
		return keyRef{}, byHand
	}
	// Not safe: a method promoted from an embedded field has another
	// receiver, whose fields are not the caller's (c.key is not c.Base.key).
	if s := info.Selections[sel]; s == nil || len(s.Index()) != 1 ||
		!types.Identical(derefType(recvVar.Type()), derefType(obj.Type())) {
		return keyRef{}, byHand
	}
	recvUse := p.useIn(cf.decl.Body, recvVar)
	if recvUse == nil {
		return keyRef{}, byHand
	}
	text := key.text
	if text == "" {
		text = p.text(e)
	}
	if text == "" || !strings.HasPrefix(text, root.Name+".") {
		return keyRef{}, byHand
	}
	newText := recvUse.Name + strings.TrimPrefix(text, root.Name)
	return keyRef{expr: p.made(replaceRoot(e, recvUse)), text: newText, verb: key.verb}, ""
}

// keyParam passes the key to a helper that cannot name it, in a new last
// parameter, when the key reads the same at the call as where the URL was
// built:
//
//	func (s *Service) doSend(cfg Config, msg string) error {
//		return s.sendRequest(fmt.Sprintf(apiURL, cfg.Key), msg)
//
// becomes s.sendRequest(fmt.Sprintf(newURL), msg, cfg.Key), and
// sendRequest sets the header from its new parameter. Changing the
// helper's signature is safe only where every use of it is a call this
// package makes and this run sees (headerInCallee and withdrawUncovered
// check that) and no interface may name it; the fix then gives every
// call its own key, or none is fixed. A helper that passes the URL on to
// another helper is left by hand.
func (p *passState) keyParam(cf *calleeFlow, key keyRef) (keyRef, analysis.TextEdit, analysis.TextEdit, string) {
	const byHand = "the key is not passed to it, nor a field of the receiver it is called on"
	sig := cf.fn.Signature()
	switch {
	case cf.fn.Exported() && isMethod(cf.fn):
		// Not safe: an exported method may satisfy an interface of any package.
		return keyRef{}, analysis.TextEdit{}, analysis.TextEdit{}, byHand + ", and it is an exported method: set the x-api-key header by hand"
	case isMethod(cf.fn) && p.interfaceNames(cf.fn.Name()):
		return keyRef{}, analysis.TextEdit{}, analysis.TextEdit{}, byHand + ", and an interface of this package has a method of its name: set the x-api-key header by hand"
	case sig.Variadic() || sig.TypeParams().Len() > 0 || cf.decl.Type.TypeParams != nil:
		return keyRef{}, analysis.TextEdit{}, analysis.TextEdit{}, byHand + ", and its parameters cannot take one more: set the x-api-key header by hand"
	case len(cf.calls) > 0:
		return keyRef{}, analysis.TextEdit{}, analysis.TextEdit{}, byHand + ", and it passes the URL on to " + cf.calls[0].fn.Name() + ": set the x-api-key header by hand"
	case p.keyArgs[cf.call]:
		return keyRef{}, analysis.TextEdit{}, analysis.TextEdit{}, byHand + ", and the call passes it more than one URL with a key: set the x-api-key header by hand"
	case len(cf.call.Args) == 0 || len(cf.decl.Type.Params.List) == 0:
		return keyRef{}, analysis.TextEdit{}, analysis.TextEdit{}, byHand + ": set the x-api-key header by hand"
	}
	value, why := p.headerValue(key)
	if why != "" {
		return keyRef{}, analysis.TextEdit{}, analysis.TextEdit{}, byHand + "; " + why
	}
	name := freshName(cf.decl, "apiKey", "whispirKey", "xAPIKey")
	if p.hoisted[cf.decl][name] {
		name = "" // Have: a key of the helper's own moved into a variable of that name.
	}
	if name == "" || !p.resolvesTo("string", cf.decl.Body.Lbrace, types.Universe.Lookup("string")) {
		return keyRef{}, analysis.TextEdit{}, analysis.TextEdit{}, byHand + ", and no name for a new parameter is free in it: set the x-api-key header by hand"
	}
	p.keyArgs[cf.call] = true
	if p.keyParams[cf.fn] == nil {
		p.keyParams[cf.fn] = &keyParamHelper{name: name, decl: cf.decl}
	}
	if p.keyParams[cf.fn].name != name {
		return keyRef{}, analysis.TextEdit{}, analysis.TextEdit{}, byHand + ": set the x-api-key header by hand"
	}
	params := cf.decl.Type.Params.List
	lastArg := cf.call.Args[len(cf.call.Args)-1]
	sigEdit := p.appendItem(params[len(params)-1], cf.decl.Type.Params.Closing, name+" string")
	argEdit := p.appendItem(lastArg, cf.call.Rparen, value)
	return keyRef{literal: name}, sigEdit, argEdit, ""
}

// appendItem returns the edit that adds item after last in a list closed
// at closing: on a line of its own when the list ends in a comma and a
// line break, as gofmt lays out such lists.
func (p *passState) appendItem(last ast.Node, closing token.Pos, item string) analysis.TextEdit {
	between := p.textBetween(last.End(), closing)
	if i := strings.Index(between, ","); i >= 0 && strings.Contains(between[i:], "\n") && !strings.Contains(between, "/") {
		at := last.End() + token.Pos(i+1)
		indent := fixer.LineIndent(p.source(last.Pos()), p.offset(last.Pos()))
		return analysis.TextEdit{Pos: at, End: at, NewText: []byte("\n" + indent + item + ",")}
	}
	return analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte(", " + item)}
}

// A keyParamHelper is a helper given the key in a new parameter (see
// keyParam).
type keyParamHelper struct {
	name string
	decl *ast.FuncDecl
}

// plainCall reports whether a call of a helper that keyParam gives a new
// parameter may pass it "" instead of a key: no declined key site is in
// the function that makes the call, nor in a function or declaration of
// this package that its arguments name (a fixed site's URL reaches only
// the calls its fix covers). The helper then sets the header only
// when it is given a key, and the request of such a call is sent as
// before, without it. (A call from a site the fix declines is not
// plain: that site's code stays exactly as it was.)
func (p *passState) plainCall(callCur inspector.Cursor) bool {
	call := callCur.Node().(*ast.CallExpr)
	if _, ok := p.keyParams[staticCallee(p.pass.TypesInfo, call)]; !ok {
		return false
	}
	if len(call.Args) == 1 {
		if _, ok := p.pass.TypesInfo.TypeOf(call.Args[0]).(*types.Tuple); ok {
			return false // Have: send(pair()): f(g()) takes no other argument.
		}
	}
	if slices.ContainsFunc(p.copied, func(c copiedText) bool { return c.pos <= call.Pos() && call.End() <= c.end }) {
		return false // the rewrite of a request copies the call as it is
	}
	if p.fixBlockedAt(call.Pos()) != "" {
		return false // Have: a call in a generated or left-out file, which no fix may edit.
	}
	var ranges []ast.Node
	if fn := outermostFunc(callCur); fn != nil {
		ranges = append(ranges, fn)
	} else {
		return false
	}
	for _, arg := range call.Args {
		for n := range ast.Preorder(arg) {
			id, ok := n.(*ast.Ident)
			if !ok {
				continue
			}
			obj := p.pass.TypesInfo.Uses[id]
			if obj == nil || obj.Pkg() != p.pass.Pkg || obj.Parent() != p.pass.Pkg.Scope() {
				continue
			}
			if fn, ok := obj.(*types.Func); ok {
				if decl, _ := p.funcDecl(fn); decl != nil {
					ranges = append(ranges, decl)
				}
				continue
			}
			for _, d := range p.declarations(obj) {
				ranges = append(ranges, d)
			}
		}
	}
	for _, k := range p.keys {
		if k.fix != nil {
			continue // a fixed site's URL reaches only the calls its fix covers
		}
		for _, r := range ranges {
			if r.Pos() <= k.pos && k.pos < r.End() {
				return false
			}
		}
	}
	return true
}

// finishKeyParams passes "" to the plain calls of each helper that a fix
// gives a new parameter (see plainCall), and sets its header only when it
// is given a key. The edits go with every fix that relies on the helper,
// as its other edits do (see placeSharedEdits).
func (p *passState) finishKeyParams() {
	for fn, h := range p.keyParams {
		var users []*keyReport
		covered := make(map[*ast.CallExpr]bool)
		for _, k := range p.keys {
			if k.fix == nil {
				continue
			}
			for _, v := range k.via {
				covered[v.call] = true
				if v.fn == fn && !slices.Contains(users, k) {
					users = append(users, k)
				}
			}
		}
		if len(users) == 0 {
			continue
		}
		calls, _ := p.callsOf(fn)
		var plain []analysis.TextEdit
		for _, c := range calls {
			call := c.Node().(*ast.CallExpr)
			if !covered[call] {
				plain = append(plain, p.appendItem(call.Args[len(call.Args)-1], call.Rparen, `""`))
			}
		}
		if len(plain) == 0 {
			continue
		}
		set := []byte(`.Header.Set("x-api-key", ` + h.name + ")")
		for _, k := range users {
			for i, e := range k.fix.TextEdits {
				if e.Pos < h.decl.Pos() || e.End > h.decl.End() || !bytes.Contains(e.NewText, set) {
					continue
				}
				old := editsKey([]analysis.TextEdit{e})
				e.NewText = onlyIfSet(e.NewText, set, h.name)
				k.fix.TextEdits[i] = e
				if k.shared[old] {
					k.shared[editsKey([]analysis.TextEdit{e})] = true
				}
			}
			for _, e := range plain {
				k.fix.TextEdits = append(k.fix.TextEdits, e)
				k.shared[editsKey([]analysis.TextEdit{e})] = true
			}
			sort.SliceStable(k.fix.TextEdits, func(i, j int) bool { return k.fix.TextEdits[i].Pos < k.fix.TextEdits[j].Pos })
		}
	}
}

// onlyIfSet wraps each line of text that sets the header (set) in
// `if name != "" { ... }`, at the line's indent.
func onlyIfSet(text, set []byte, name string) []byte {
	lines := bytes.Split(text, []byte("\n"))
	for i, line := range lines {
		if !bytes.Contains(line, set) {
			continue
		}
		body := bytes.TrimLeft(line, " \t")
		indent := string(line[:len(line)-len(body)])
		lines[i] = []byte(indent + "if " + name + ` != "" {` + "\n" + indent + "\t" + string(body) + "\n" + indent + "}")
	}
	return bytes.Join(lines, []byte("\n"))
}

// freshName returns the first of names that no identifier of n spells (so
// a new parameter or variable of that name hides nothing the function
// reads), or "".
func freshName(n ast.Node, names ...string) string {
	used := make(map[string]bool)
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			used[id.Name] = true
		}
		return true
	})
	for _, name := range names {
		if !used[name] {
			return name
		}
	}
	return ""
}

// interfaceNames reports whether an interface type of this package has a
// method called name: a method of that name may have to satisfy it, and
// must keep its signature.
func (p *passState) interfaceNames(name string) bool {
	for _, tv := range p.pass.TypesInfo.Types {
		if !tv.IsType() {
			continue
		}
		if iface, ok := tv.Type.Underlying().(*types.Interface); ok {
			for m := range iface.Methods() {
				if m.Name() == name {
					return true
				}
			}
		}
	}
	return false
}

// useIn returns an identifier in body that uses obj, or the identifier
// that declares it (a parameter the body does not read yet), or nil.
func (p *passState) useIn(body *ast.BlockStmt, obj types.Object) *ast.Ident {
	var found *ast.Ident
	ast.Inspect(body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && found == nil && p.pass.TypesInfo.Uses[id] == obj {
			found = id
		}
		return found == nil
	})
	if found == nil {
		for id, def := range p.pass.TypesInfo.Defs {
			if def == obj && id.Name != "_" {
				return id
			}
		}
	}
	return found
}

// replaceRoot returns the selector chain e (c.cfg.key) read from root
// instead of its own root identifier. The selectors are e's own, so the
// type checker's answers for them still hold.
func replaceRoot(e ast.Expr, root *ast.Ident) ast.Expr {
	switch e := e.(type) {
	case *ast.Ident:
		return root
	case *ast.SelectorExpr:
		return &ast.SelectorExpr{X: replaceRoot(ast.Unparen(e.X), root), Sel: e.Sel}
	}
	return e
}

// editsKey is a text that two lists of edits share when they are the same.
func editsKey(edits []analysis.TextEdit) string {
	var b strings.Builder
	for _, e := range edits {
		b.WriteString(strconv.Itoa(int(e.Pos)) + ":" + strconv.Itoa(int(e.End)) + ":" + string(e.NewText) + "\x00")
	}
	return b.String()
}

// withdrawUncovered withdraws the fixes that rely on a helper some call of
// which no fixed site accounts for, or whose callers would set different
// headers in it. It reports whether it withdrew any.
func (p *passState) withdrawUncovered(decline func(i int)) bool {
	changed := false
	for again := true; again; {
		again = false
		covered := make(map[*ast.CallExpr]bool)
		headers := make(map[*types.Func]string)
		mixed := make(map[*types.Func]bool)
		for _, k := range p.keys {
			if k.fix == nil {
				continue
			}
			for _, v := range k.via {
				covered[v.call] = true
				if h, ok := headers[v.fn]; ok && h != v.header {
					mixed[v.fn] = true
				}
				headers[v.fn] = v.header
			}
		}
		for i, k := range p.keys {
			if k.fix == nil {
				continue
			}
			for _, v := range k.via {
				why := ""
				if mixed[v.fn] {
					why = "the URL is sent through " + v.fn.Name() + ", whose callers send it different keys: set the x-api-key header by hand"
				} else if calls, _ := p.callsOf(v.fn); len(calls) > 0 {
					for _, c := range calls {
						if call := c.Node().(*ast.CallExpr); !covered[call] && !p.plainCall(c) {
							why = "the URL is sent through " + v.fn.Name() + ", which is also called at " + p.lineFrom(call.Pos(), k.pos) +
								" with a URL this fix does not migrate: set the x-api-key header by hand"
							break
						}
					}
				}
				if why != "" {
					k.fix = nil
					k.msg += "; " + why
					decline(i)
					again, changed = true, true
					break
				}
			}
		}
	}
	return changed
}

// withdrawCopied withdraws the fixes with an edit inside source text that
// a fix copies into the code it writes (the error check a shortcut's
// rewrite repeats after the new request): the copy would keep the text
// as it was. It reports whether it withdrew any.
func (p *passState) withdrawCopied(decline func(i int)) bool {
	changed := false
	for i, k := range p.keys {
		if k.fix == nil {
			continue
		}
		for _, e := range k.fix.TextEdits {
			inside := func(r copiedText) bool {
				meets := r.pos < e.End && e.Pos < r.end || r.pos < e.Pos && e.Pos < r.end
				return meets && !(e.Pos <= r.pos && r.end <= e.End) // an edit that replaces it all moves it
			}
			if slices.ContainsFunc(p.copied, inside) {
				k.fix = nil
				k.msg += "; the fix changes code at " + p.lineFrom(e.Pos, k.pos) + " that the rewrite of a request copies: set the x-api-key header by hand"
				decline(i)
				changed = true
				break
			}
		}
	}
	return changed
}

// copiedText is source text that a shortcut's rewrite copies into the
// code it writes: the error check it repeats after the new request, a Post's
// content type.
type copiedText struct {
	pos, end   token.Pos // the source copied
	into       token.Pos // the End of the fix's edit whose new text holds the copy
	indent     string    // the indent of the copy's lines, when reindented
	reindented bool
}

// carryIntoCopies writes the host fixes (WL01) that stand inside copied
// source into the copies too, so that the original and its copy read the
// same after -fix and one run converges: the error check a shortcut's
// rewrite repeats keeps no retired host that the original loses.
func (p *passState) carryIntoCopies() {
	for _, c := range p.copied {
		var hostEdits []analysis.TextEdit
		for _, h := range p.held {
			if h.legacy == nil || !p.legacyFixStands(h.legacy) {
				continue
			}
			in := 0
			for _, e := range h.legacy.fix.TextEdits {
				if c.pos <= e.Pos && e.End <= c.end {
					in++
				}
			}
			if in > 0 && in == len(h.legacy.fix.TextEdits) {
				hostEdits = append(hostEdits, h.legacy.fix.TextEdits...)
			}
		}
		if len(hostEdits) == 0 {
			continue
		}
		src := p.source(c.pos)
		if src == nil {
			continue
		}
		base := p.offset(c.pos)
		old := string(src[base:p.offset(c.end)])
		sort.Slice(hostEdits, func(i, j int) bool { return hostEdits[i].Pos > hostEdits[j].Pos })
		updated := old
		for _, e := range hostEdits {
			from, to := p.offset(e.Pos)-base, p.offset(e.End)-base
			updated = updated[:from] + string(e.NewText) + updated[to:]
		}
		if c.reindented {
			old, updated = reindent(old, c.indent), reindent(updated, c.indent)
		}
		for _, k := range p.keys {
			if k.fix == nil {
				continue
			}
			for i, e := range k.fix.TextEdits {
				if e.End == c.into && bytes.Contains(e.NewText, []byte(old)) {
					k.fix.TextEdits[i].NewText = bytes.Replace(e.NewText, []byte(old), []byte(updated), 1)
				}
			}
		}
	}
}

// withdrawUneditable withdraws the fixes with an edit in a file no fix
// may change (generated, cgo, left out of the run): the driver would drop
// the whole fix, or apply it without that edit. It reports whether it
// withdrew any.
func (p *passState) withdrawUneditable(decline func(i int)) bool {
	changed := false
	for i, k := range p.keys {
		if k.fix == nil {
			continue
		}
		for _, e := range k.fix.TextEdits {
			if why := p.fixBlockedAt(e.Pos); why != "" {
				k.fix = nil
				k.msg += "; the fix must also change " + p.lineFrom(e.Pos, k.pos) + ", in a file no fix may edit (" + why + "): set the x-api-key header by hand"
				decline(i)
				changed = true
				break
			}
		}
	}
	return changed
}

// placeSharedEdits keeps each helper's header edits in one fix only, the
// first site's: no two diagnostics may carry the same edit.
func (p *passState) placeSharedEdits() {
	placed := make(map[string]bool)
	for _, k := range p.keys {
		if k.fix == nil || len(k.shared) == 0 {
			continue
		}
		k.fix.TextEdits = slices.DeleteFunc(k.fix.TextEdits, func(e analysis.TextEdit) bool {
			key := editsKey([]analysis.TextEdit{e})
			if !k.shared[key] {
				return false
			}
			if placed[key] {
				return true
			}
			placed[key] = true
			return false
		})
	}
}

// sameRef reports whether a and b read the same variable or field chain
// (key, cfg.Key, c.opts.key).
func sameRef(info *types.Info, a, b ast.Expr) bool {
	switch a := ast.Unparen(a).(type) {
	case *ast.Ident:
		b, ok := ast.Unparen(b).(*ast.Ident)
		return ok && info.ObjectOf(a) != nil && info.ObjectOf(a) == info.ObjectOf(b)
	case *ast.SelectorExpr:
		b, ok := ast.Unparen(b).(*ast.SelectorExpr)
		return ok && info.ObjectOf(a.Sel) == info.ObjectOf(b.Sel) && sameRef(info, a.X, b.X)
	}
	return false
}
