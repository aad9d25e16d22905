package analyzer

// Rules WL21 (Infobip credentials in the URL) and WL22 (Sinch Basic auth).

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/whispirlint/whispirlint/fixer"
)

var ruleInfobipURLCredentials = Rule{
	ID:    "WL21",
	Name:  "infobip-credentials-in-url",
	Title: "Infobip username and password in the query string",
	Finds: "URLs to an Infobip host (api.infobip.com or <id>.api.infobip.com, any scheme), such as " +
		"the legacy /sms/1/text/query endpoint, that carry the account's username or password " +
		"as query parameters: in literals and constants, concatenation, fmt.Sprintf, net/url " +
		"(url.Values literals and Set/Add on a query that is encoded into the URL, url.URL{RawQuery}), " +
		"and base URLs kept in variables and fields of the package. A base URL that only comes " +
		"from configuration at run time is not recognised.",
	Fix:    "",
	Since:  "v0.1.0",
	Before: `http.Get("https://xk2p9.api.infobip.com/sms/1/text/query?username=" + user + "&password=" + pass + "&to=" + to)`,
	After:  `req, err := http.NewRequest(http.MethodGet, "https://xk2p9.api.infobip.com/sms/1/text/query?to="+to, nil)` + "\n" + `req.Header.Set("Authorization", "App "+apiKey)`,
	Sources: "Infobip: the legacy GET /sms/1/text/query takes username and password in the query; " +
		"Authorization: App <api key> is the recommended authentication. Moving to it changes the " +
		"credential (an API key replaces the password), so there is no automatic fix.",
}

var ruleSinchBasicAuth = Rule{
	ID:    "WL22",
	Name:  "sinch-basic-auth",
	Title: "Basic authentication to a Sinch API",
	Finds: "Basic authentication (req.SetBasicAuth, or an Authorization: Basic header set with " +
		"Header.Set/Add, an http.Header literal or a Header map assignment), wherever the " +
		"credentials come from, on a request built in the same function by http.NewRequest " +
		"(WithContext) whose URL goes to a *.api.sinch.com host: a constant, a concatenation or " +
		"fmt.Sprintf whose head is such a host, or a variable or field of the package holding one. " +
		"Basic authentication to auth.sinch.com (how the OAuth token is obtained) is not reported. " +
		"Known limitations: a request built by a helper function, or passed to a helper that " +
		"sets the header, is not followed.",
	Fix:    "",
	Since:  "v0.1.0",
	Before: `req, _ := http.NewRequest(http.MethodPost, "https://us.sms.api.sinch.com/xms/v1/"+plan+"/batches", body)` + "\n" + `req.SetBasicAuth(keyID, keySecret)`,
	After:  `req, _ := http.NewRequest(http.MethodPost, "https://us.sms.api.sinch.com/xms/v1/"+plan+"/batches", body)` + "\n" + `req.Header.Set("Authorization", "Bearer "+token) // from https://auth.sinch.com/oauth2/token`,
	Sources: "Sinch: Basic authentication is intended for test purposes only and heavily rate limited; " +
		"production systems should use OAuth 2.0 access tokens (POST https://auth.sinch.com/oauth2/token, " +
		"grant_type=client_credentials, authenticated with Basic KeyID:KeySecret).",
}

const (
	infobipRemedy = "use the Authorization: App <api key> header (recommended) instead of credentials in the URL"
	sinchMessage  = "request to a Sinch API uses Basic authentication, which is for testing only and heavily rate-limited: " +
		"use OAuth 2.0 client credentials (a Bearer token from https://auth.sinch.com/oauth2/token) instead"
)

// peerPass is the state of rules WL21 and WL22 for one package.
type peerPass struct {
	*passState
	objs    map[types.Object]fixer.Peer            // variables and fields that hold an Infobip or Sinch URL
	funcs   map[*ast.BlockStmt]map[fixer.Peer]bool // memo of talksTo
	formats map[*ast.BasicLit]bool                 // format literals checked as part of their Sprintf
}

// checkPeers runs rules WL21 and WL22.
func (p *passState) checkPeers() {
	files := p.filesWith(hintPeer)
	if len(files) == 0 {
		return // fast path: no string here mentions Infobip or Sinch
	}
	pp := &peerPass{
		passState: p,
		objs:      make(map[types.Object]fixer.Peer),
		funcs:     make(map[*ast.BlockStmt]map[fixer.Peer]bool),
		formats:   make(map[*ast.BasicLit]bool),
	}
	pp.collectPeerObjects()
	for _, fc := range pp.withObjectUses(files) {
		for cur := range fc.Preorder((*ast.CallExpr)(nil), (*ast.BinaryExpr)(nil), (*ast.BasicLit)(nil),
			(*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.CallExpr:
				pp.checkPeerCall(cur, n)
			case *ast.BinaryExpr:
				if p.isConcat(n) && !p.isConcatOperand(cur) {
					pp.checkInfobipSite(cur, p.concatSite(n))
				}
			case *ast.BasicLit:
				// A query parameter needs '=': most literals stop here.
				if n.Kind == token.STRING && strings.ContainsRune(n.Value, '=') && !pp.formats[n] && !p.isConcatOperand(cur) {
					pp.checkInfobipSite(cur, p.concatSite(n))
				}
			case *ast.CompositeLit:
				pp.checkPeerLiteral(cur, n)
			case *ast.AssignStmt:
				pp.checkHeaderIndex(cur, n)
			}
		}
	}
}

// collectPeerObjects finds the variables and fields of the package that
// hold an Infobip or Sinch URL, directly or through another such object
// (a base URL kept in a struct field and joined elsewhere), and the results
// of url.Parse of such a URL.
func (pp *peerPass) collectPeerObjects() {
	bindings := pp.appendBindings(nil, pp.inspector().Root(), func(n *ast.AssignStmt, bind func(lhs, rhs ast.Expr)) {
		// Have: u, err := url.Parse(base)
		if len(n.Rhs) == 1 {
			if arg := pp.urlBaseArg(n.Rhs[0]); arg != nil {
				bind(n.Lhs[0], arg)
			}
		}
	})
	// Two rounds reach a local built from a field built from a literal.
	for range 2 {
		for _, b := range bindings {
			if _, done := pp.objs[b.obj]; !done {
				if peer := pp.peerOf(b.val); peer != fixer.NoPeer {
					pp.objs[b.obj] = peer
				}
			}
		}
	}
}

// withObjectUses adds to files the other files of the package that use an
// object holding an Infobip or Sinch URL.
func (pp *peerPass) withObjectUses(files []inspector.Cursor) []inspector.Cursor {
	if len(pp.objs) == 0 {
		return files
	}
	all := files
	i := 0
	for fc := range pp.inspector().Root().Children() {
		if i < len(files) && files[i] == fc {
			i++
			continue
		}
		for cur := range fc.Preorder((*ast.Ident)(nil)) {
			if _, ok := pp.objs[pp.pass.TypesInfo.Uses[cur.Node().(*ast.Ident)]]; ok {
				all = append(all, fc)
				break
			}
		}
	}
	return all
}

// peerOf returns the provider the URL that e evaluates to belongs to: from
// its constant value, its head (a concatenation or fmt.Sprintf that starts
// with a host or a base URL), or the object that holds it.
func (pp *peerPass) peerOf(e ast.Expr) fixer.Peer {
	e = ast.Unparen(e)
	if v, ok := pp.stringValue(e); ok {
		if u, ok := fixer.ParsePeerURL([]fixer.Part{{Text: v}}, false); ok {
			return u.Peer
		}
		return fixer.NoPeer
	}
	switch e := e.(type) {
	case *ast.Ident, *ast.SelectorExpr:
		return pp.objs[pp.objectOf(e)]
	case *ast.BinaryExpr:
		if pp.isConcat(e) {
			return pp.sitePeer(pp.concatSite(e))
		}
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(pp.pass.TypesInfo, e).(*types.Func)
		switch {
		case fn == nil || fn.Pkg() == nil:
		case pp.isSprintf(e):
			if s := pp.formatSite(e); s != nil {
				return pp.sitePeer(s)
			}
		case fn.Pkg().Path() == "net/url" && fn.Name() == "String" && isMethod(fn):
			// Have: u.String() where u came from url.Parse(base).
			if sel, ok := e.Fun.(*ast.SelectorExpr); ok {
				return pp.peerOf(sel.X)
			}
		}
	}
	return fixer.NoPeer
}

func (pp *peerPass) sitePeer(s *urlSite) fixer.Peer {
	u, ok := fixer.ParsePeerURL(s.parts, false)
	switch {
	case !ok:
		return fixer.NoPeer
	case u.Lead >= 0:
		return pp.peerOf(s.exprs[u.Lead])
	}
	return u.Peer
}

// talksTo reports whether the function with this body uses a URL of the
// provider: the context test for query shapes that do not name the host
// themselves (q.Set("password", p), u.RawQuery = ...).
func (pp *peerPass) talksTo(body *ast.BlockStmt, peer fixer.Peer) bool {
	if body == nil {
		return false
	}
	peers, ok := pp.funcs[body]
	if !ok {
		peers = make(map[fixer.Peer]bool)
		ast.Inspect(body, func(n ast.Node) bool {
			switch e := n.(type) {
			case *ast.BasicLit, *ast.Ident, *ast.SelectorExpr, *ast.BinaryExpr, *ast.CallExpr:
				peers[pp.peerOf(e.(ast.Expr))] = true
			}
			return true
		})
		pp.funcs[body] = peers
	}
	return peers[peer]
}

// checkPeerCall handles the call-shaped sites: fmt.Sprintf URLs and
// url.Values Set/Add (WL21), SetBasicAuth and Header Set/Add (WL22).
func (pp *peerPass) checkPeerCall(cur inspector.Cursor, call *ast.CallExpr) {
	fn, _ := typeutil.Callee(pp.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return
	}
	recv := func() ast.Expr {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			return sel.X
		}
		return nil
	}
	switch path, name := fn.Pkg().Path(), fn.Name(); {
	case pp.isSprintf(call):
		if s := pp.formatSite(call); s != nil {
			if lit, ok := call.Args[0].(*ast.BasicLit); ok {
				pp.formats[lit] = true
			}
			pp.checkInfobipSite(cur, s)
		}
	case path == "net/url" && (name == "Set" || name == "Add") && isMethod(fn) && len(call.Args) == 2:
		pp.checkValuesSet(cur, call, recv())
	case path == "net/http" && name == "SetBasicAuth" && isMethod(fn):
		// Have: req.SetBasicAuth(keyID, keySecret)
		if pp.isSinchRequest(cur, recv(), call.Pos()) {
			pp.report(ruleSinchBasicAuth, call.Pos(), call.End(), sinchMessage, nil)
		}
	case path == "net/http" && (name == "Set" || name == "Add") && isMethod(fn) && len(call.Args) == 2:
		// Have: req.Header.Set("Authorization", "Basic " + enc)
		if pp.isAuthorization(call.Args[0]) && pp.isBasicValue(cur, call.Args[1]) {
			if req := pp.headerRequest(recv()); req != nil && pp.isSinchRequest(cur, req, call.Pos()) {
				pp.report(ruleSinchBasicAuth, call.Args[1].Pos(), call.Args[1].End(), sinchMessage, nil)
			}
		}
	}
}

// checkInfobipSite reports a URL site that sends Infobip credentials in its query.
func (pp *peerPass) checkInfobipSite(cur inspector.Cursor, s *urlSite) {
	bare := pp.isRawQuery(cur, s.node)
	u, ok := fixer.ParsePeerURL(s.parts, bare)
	if !ok {
		return
	}
	var names []string
	at := -1
	for _, param := range u.Params {
		if fixer.IsInfobipCredentialParam(param.Name) {
			names = append(names, param.Name)
			if at < 0 {
				at = param.Part
			}
		}
	}
	if at < 0 {
		return
	}
	switch {
	case bare:
		if pp.rawQueryPeer(cur) != fixer.Infobip {
			return
		}
	case u.Lead >= 0:
		if pp.peerOf(s.exprs[u.Lead]) != fixer.Infobip {
			return
		}
	case u.Peer != fixer.Infobip:
		return
	}
	node := s.exprs[at]
	if _, isLit := node.(*ast.BasicLit); !isLit && pp.isInfobipCredentialURL(node) {
		return // reported where the constant is declared
	}
	pp.report(ruleInfobipURLCredentials, node.Pos(), node.End(), infobipMessage(names), nil)
}

// isInfobipCredentialURL reports whether the constant e alone is an Infobip
// URL with credentials, which WL21 reports at its declaration.
func (pp *peerPass) isInfobipCredentialURL(e ast.Expr) bool {
	v, ok := pp.stringValue(e)
	if !ok {
		return false
	}
	u, ok := fixer.ParsePeerURL([]fixer.Part{{Text: v}}, false)
	if !ok || u.Peer != fixer.Infobip {
		return false
	}
	for _, param := range u.Params {
		if fixer.IsInfobipCredentialParam(param.Name) {
			return true
		}
	}
	return false
}

func infobipMessage(names []string) string {
	var user, pass bool
	for _, n := range names {
		user = user || strings.EqualFold(n, "username")
		pass = pass || strings.EqualFold(n, "password")
	}
	what := "username and password"
	switch {
	case !pass:
		what = "username"
	case !user:
		what = "password"
	}
	return what + " sent in the query of an Infobip URL: " + infobipRemedy
}

// rawQueryPeer returns the provider of the URL whose RawQuery cur assigns:
// the Host of the same url.URL literal, the URL variable assigned to, or
// else what the enclosing function talks to.
func (pp *peerPass) rawQueryPeer(cur inspector.Cursor) fixer.Peer {
	switch parent := cur.Parent().Node().(type) {
	case *ast.KeyValueExpr:
		// Have: url.URL{Host: "api.infobip.com", RawQuery: "username=" + u}
		if lit, ok := cur.Parent().Parent().Node().(*ast.CompositeLit); ok {
			for _, elt := range lit.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Host" {
						return pp.hostPeer(kv.Value)
					}
				}
			}
		}
	case *ast.AssignStmt:
		// Have: u.RawQuery = "username=" + user, u from url.Parse(base)
		for i, rhs := range parent.Rhs {
			if sel, ok := parent.Lhs[i].(*ast.SelectorExpr); ok && rhs == cur.Node() {
				if peer := pp.peerOf(sel.X); peer != fixer.NoPeer {
					return peer
				}
			}
		}
	}
	if pp.talksTo(enclosingBody(cur), fixer.Infobip) {
		return fixer.Infobip
	}
	return fixer.NoPeer
}

// hostPeer returns the provider of the host name e: a constant, a
// concatenation or fmt.Sprintf whose constant tail names the host
// (id + ".api.infobip.com"), or a variable holding one.
func (pp *peerPass) hostPeer(e ast.Expr) fixer.Peer {
	if v, ok := pp.stringValue(e); ok {
		return fixer.ClassifyPeerHost(v)
	}
	var s *urlSite
	switch e := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		if pp.isConcat(e) {
			s = pp.concatSite(e)
		}
	case *ast.CallExpr:
		if pp.isSprintf(e) {
			s = pp.formatSite(e)
		}
	}
	if s == nil {
		return pp.peerOf(e)
	}
	return fixer.ClassifyPeerHostParts(s.parts)
}

// isSprintf reports whether call is fmt.Sprintf(format, ...).
func (pp *peerPass) isSprintf(call *ast.CallExpr) bool {
	fn, _ := typeutil.Callee(pp.pass.TypesInfo, call).(*types.Func)
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "fmt" && fn.Name() == "Sprintf" && len(call.Args) >= 1
}

// checkValuesSet reports q.Set("password", p) (or Add, or username) on a
// query that ends up in the URL of a function that talks to Infobip.
func (pp *peerPass) checkValuesSet(cur inspector.Cursor, call *ast.CallExpr, values ast.Expr) {
	name, ok := pp.stringValue(call.Args[0])
	if !ok || !fixer.IsInfobipCredentialParam(name) {
		return
	}
	fnCur, body := enclosingFunc(cur)
	if body == nil || !pp.valuesInURL(fnCur, values, call.Pos()) || !pp.talksTo(body, fixer.Infobip) {
		return
	}
	pp.report(ruleInfobipURLCredentials, call.Pos(), call.End(), infobipMessage([]string{name}), nil)
}

// valuesInURL reports whether the url.Values held by the variable e go into
// a URL: they come from u.Query(), or their Encode() is joined into a URL
// or assigned to a RawQuery. Values sent as a form body are not in the URL.
func (pp *peerPass) valuesInURL(fnCur inspector.Cursor, e ast.Expr, before token.Pos) bool {
	obj, ok := pp.objectOf(e).(*types.Var)
	if !ok {
		return false
	}
	if call, ok := ast.Unparen(pp.latestBinding(fnCur, obj, before)).(*ast.CallExpr); ok {
		// Have: q := u.Query() or q := req.URL.Query()
		if fn, _ := typeutil.Callee(pp.pass.TypesInfo, call).(*types.Func); fn != nil && fn.Pkg() != nil &&
			fn.Pkg().Path() == "net/url" && fn.Name() == "Query" && isMethod(fn) {
			return true
		}
	}
	for c := range fnCur.Preorder((*ast.CallExpr)(nil)) {
		sel, ok := c.Node().(*ast.CallExpr).Fun.(*ast.SelectorExpr)
		if ok && sel.Sel.Name == "Encode" && pp.objectOf(sel.X) == obj && pp.inURL(c) {
			return true
		}
	}
	return false
}

// inURL reports whether the string cur evaluates to is joined into a URL:
// an operand of a concatenation or a fmt.Sprintf argument, or a RawQuery.
func (pp *peerPass) inURL(cur inspector.Cursor) bool {
	parent := cur.Parent()
	for {
		if _, ok := parent.Node().(*ast.ParenExpr); !ok {
			break
		}
		cur, parent = parent, parent.Parent()
	}
	switch n := parent.Node().(type) {
	case *ast.BinaryExpr:
		return pp.isConcat(n)
	case *ast.CallExpr:
		return pp.isSprintf(n) && indexOf(n.Args, cur.Node().(ast.Expr)) > 0
	}
	return pp.isRawQuery(cur, cur.Node().(ast.Expr))
}

// checkPeerLiteral handles url.Values{"username": ..., "password": ...}
// (WL21) and http.Header{"Authorization": {"Basic " + enc}} (WL22).
func (pp *peerPass) checkPeerLiteral(cur inspector.Cursor, lit *ast.CompositeLit) {
	switch t := pp.pass.TypesInfo.TypeOf(lit); {
	case isNamed(t, "net/url", "Values"):
		pp.checkValuesLiteral(cur, lit)
	case isNamed(t, "net/http", "Header"):
		pp.checkHeaderLiteral(cur, lit)
	}
}

func (pp *peerPass) checkValuesLiteral(cur inspector.Cursor, lit *ast.CompositeLit) {
	var names []string
	var first ast.Node
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if name, ok := pp.stringValue(kv.Key); ok && fixer.IsInfobipCredentialParam(name) {
			names = append(names, name)
			if first == nil {
				first = kv
			}
		}
	}
	if first == nil {
		return
	}
	fnCur, body := enclosingFunc(cur)
	if body == nil || !pp.literalInURL(fnCur, cur) || !pp.talksTo(body, fixer.Infobip) {
		return
	}
	pp.report(ruleInfobipURLCredentials, first.Pos(), first.End(), infobipMessage(names), nil)
}

// literalInURL reports whether the url.Values literal at cur goes into a
// URL: url.Values{...}.Encode() joined into one, or a variable holding it.
func (pp *peerPass) literalInURL(fnCur, cur inspector.Cursor) bool {
	switch parent := cur.Parent().Node().(type) {
	case *ast.SelectorExpr:
		// Have: "...?" + url.Values{...}.Encode()
		if call := cur.Parent().Parent(); parent.Sel.Name == "Encode" {
			if _, ok := call.Node().(*ast.CallExpr); ok {
				return pp.inURL(call)
			}
		}
	case *ast.AssignStmt:
		if i := indexOf(parent.Rhs, cur.Node().(ast.Expr)); i >= 0 && len(parent.Lhs) == len(parent.Rhs) {
			return pp.valuesInURL(fnCur, parent.Lhs[i], token.NoPos)
		}
	case *ast.ValueSpec:
		if i := indexOf(parent.Values, cur.Node().(ast.Expr)); i >= 0 && len(parent.Names) == len(parent.Values) {
			return pp.valuesInURL(fnCur, parent.Names[i], token.NoPos)
		}
	}
	return false
}

// latestBinding returns the expression last assigned to the local obj in
// the function before pos (token.NoPos: anywhere), or nil. For a tuple
// assignment from a call (req, err := http.NewRequest(...)) it returns the
// call when obj is its first result.
func (pp *peerPass) latestBinding(fnCur inspector.Cursor, obj types.Object, before token.Pos) ast.Expr {
	var val ast.Expr
	match := func(lhs []ast.Expr, rhs []ast.Expr) {
		for i, l := range lhs {
			if pp.objectOf(l) != obj {
				continue
			}
			switch {
			case len(lhs) == len(rhs):
				val = rhs[i]
			case len(rhs) == 1 && i == 0:
				val = rhs[0]
			}
		}
	}
	for c := range fnCur.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
		if before.IsValid() && c.Node().Pos() >= before {
			continue
		}
		switch n := c.Node().(type) {
		case *ast.AssignStmt:
			match(n.Lhs, n.Rhs)
		case *ast.ValueSpec:
			lhs := make([]ast.Expr, len(n.Names))
			for i, id := range n.Names {
				lhs[i] = id
			}
			match(lhs, n.Values)
		}
	}
	return val
}

// isSinchRequest reports whether req (an *http.Request variable) was built,
// in a function enclosing cur and before the position before, by
// http.NewRequest with a URL to a Sinch API host.
func (pp *peerPass) isSinchRequest(cur inspector.Cursor, req ast.Expr, before token.Pos) bool {
	obj, ok := pp.objectOf(req).(*types.Var)
	if !ok || obj.IsField() {
		return false
	}
	for fnCur := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		call, ok := ast.Unparen(pp.latestBinding(fnCur, obj, before)).(*ast.CallExpr)
		if !ok {
			continue
		}
		r := pp.requestOf(call)
		if r == nil || (r.fn != "NewRequest" && r.fn != "NewRequestWithContext") {
			return false
		}
		return pp.urlPeerAt(fnCur, call.Args[r.urlArg], call.Pos()) == fixer.Sinch
	}
	return false
}

// urlPeerAt is peerOf, except that a local variable is followed to the
// value it was last given before pos, not to any value it ever holds.
func (pp *peerPass) urlPeerAt(fnCur inspector.Cursor, e ast.Expr, pos token.Pos) fixer.Peer {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		if v, ok := pp.pass.TypesInfo.Uses[id].(*types.Var); ok && v.Parent() != pp.pass.Pkg.Scope() {
			if val := pp.latestBinding(fnCur, v, pos); val != nil {
				if arg := pp.urlBaseArg(val); arg != nil {
					val = arg
				}
				return pp.peerOf(val)
			}
		}
	}
	return pp.peerOf(e)
}

// headerRequest returns req for the header expression req.Header.
func (pp *peerPass) headerRequest(hdr ast.Expr) ast.Expr {
	if sel, ok := ast.Unparen(hdr).(*ast.SelectorExpr); ok && sel.Sel.Name == "Header" {
		return sel.X
	}
	return nil
}

func (pp *peerPass) isAuthorization(name ast.Expr) bool {
	v, ok := pp.stringValue(name)
	return ok && strings.EqualFold(v, "authorization")
}

// isBasicValue reports whether the header value e starts with "Basic ": a
// constant, a concatenation or fmt.Sprintf with that head, or a local
// variable last given such a value.
func (pp *peerPass) isBasicValue(cur inspector.Cursor, e ast.Expr) bool {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok {
		if v, ok := pp.pass.TypesInfo.Uses[id].(*types.Var); ok {
			if fnCur, body := enclosingFunc(cur); body != nil {
				if val := pp.latestBinding(fnCur, v, e.Pos()); val != nil {
					e = ast.Unparen(val)
				}
			}
		}
	}
	return fixer.IsBasicAuthValue(pp.constantHead(e))
}

// constantHead returns the constant text that e's value starts with.
func (pp *peerPass) constantHead(e ast.Expr) string {
	if v, ok := pp.stringValue(e); ok {
		return v
	}
	var s *urlSite
	switch e := e.(type) {
	case *ast.BinaryExpr:
		if pp.isConcat(e) {
			s = pp.concatSite(e)
		}
	case *ast.CallExpr:
		if pp.isSprintf(e) {
			if s = pp.formatSite(e); s == nil {
				v, _ := pp.stringValue(e.Args[0])
				return v
			}
		}
	}
	if s == nil {
		return ""
	}
	var head strings.Builder
	for _, part := range s.parts {
		if part.Hole {
			break
		}
		head.WriteString(part.Text)
	}
	return head.String()
}

// checkHeaderIndex reports req.Header["Authorization"] = []string{"Basic " + enc}
// on a request to Sinch.
func (pp *peerPass) checkHeaderIndex(cur inspector.Cursor, as *ast.AssignStmt) {
	if len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, lhs := range as.Lhs {
		ix, ok := lhs.(*ast.IndexExpr)
		if !ok || !isNamed(pp.pass.TypesInfo.TypeOf(ix.X), "net/http", "Header") || !pp.isAuthorization(ix.Index) {
			continue
		}
		req := pp.headerRequest(ix.X)
		if req == nil {
			continue
		}
		pp.checkBasicValues(cur, req, as.Rhs[i], as.Pos())
	}
}

// checkBasicValues reports each Basic value of the header values vals
// ([]string{...} or {...}) set on req at the position set.
func (pp *peerPass) checkBasicValues(cur inspector.Cursor, req, vals ast.Expr, set token.Pos) {
	list, ok := ast.Unparen(vals).(*ast.CompositeLit)
	if !ok {
		return
	}
	for _, v := range list.Elts {
		if pp.isBasicValue(cur, v) && pp.isSinchRequest(cur, req, set) {
			pp.report(ruleSinchBasicAuth, v.Pos(), v.End(), sinchMessage, nil)
		}
	}
}

// checkHeaderLiteral reports http.Header{"Authorization": {"Basic " + enc}}
// assigned to the Header of a request to Sinch, directly or through a
// variable of the same function.
func (pp *peerPass) checkHeaderLiteral(cur inspector.Cursor, lit *ast.CompositeLit) {
	var vals []ast.Expr
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok && pp.isAuthorization(kv.Key) {
			vals = append(vals, kv.Value)
		}
	}
	if len(vals) == 0 {
		return
	}
	req, set := pp.headerOwner(cur, lit)
	if req == nil {
		return
	}
	for _, v := range vals {
		pp.checkBasicValues(cur, req, v, set)
	}
}

// headerOwner returns req when the header literal at cur is assigned to
// req.Header, directly or through a local variable h (req.Header = h), and
// the position of that assignment.
func (pp *peerPass) headerOwner(cur inspector.Cursor, lit *ast.CompositeLit) (ast.Expr, token.Pos) {
	var holder types.Object
	switch parent := cur.Parent().Node().(type) {
	case *ast.AssignStmt:
		i := indexOf(parent.Rhs, lit)
		if i < 0 || len(parent.Lhs) != len(parent.Rhs) {
			return nil, token.NoPos
		}
		if req := pp.headerRequest(parent.Lhs[i]); req != nil {
			return req, parent.Pos() // Have: req.Header = http.Header{...}
		}
		holder = pp.objectOf(parent.Lhs[i])
	case *ast.ValueSpec:
		if i := indexOf(parent.Values, lit); i >= 0 && len(parent.Names) == len(parent.Values) {
			holder = pp.objectOf(parent.Names[i])
		}
	}
	fnCur, body := enclosingFunc(cur)
	if holder == nil || body == nil {
		return nil, token.NoPos
	}
	// Have: h := http.Header{...}; ...; req.Header = h
	for c := range fnCur.Preorder((*ast.AssignStmt)(nil)) {
		as := c.Node().(*ast.AssignStmt)
		if len(as.Lhs) != len(as.Rhs) {
			continue
		}
		for i, rhs := range as.Rhs {
			if req := pp.headerRequest(as.Lhs[i]); req != nil && pp.objectOf(rhs) == holder {
				return req, as.Pos()
			}
		}
	}
	return nil, token.NoPos
}
