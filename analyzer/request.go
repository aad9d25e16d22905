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

// keyRef is the API key as the fix will send it: an expression of the
// program, or a literal found in a URL.
type keyRef struct {
	expr    ast.Expr
	literal string // quoted
}

// keyText returns the source text of the key: its expression, or the
// quoted literal.
func (p *passState) keyText(key keyRef) string {
	if key.expr != nil {
		return p.text(key.expr)
	}
	return key.literal
}

// A request is a call of net/http that builds or sends a request.
type request struct {
	call    *ast.CallExpr
	fn      string // NewRequest, NewRequestWithContext, Get, Head, Post, PostForm
	method  bool   // a method of *http.Client rather than a package function
	urlArg  int
	httpPkg string // how the file names net/http, "" if it does not import it
}

// requestOf classifies call, or returns nil.
func (p *passState) requestOf(call *ast.CallExpr) *request {
	fn, _ := typeutil.Callee(p.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "net/http" {
		return nil
	}
	r := &request{call: call, fn: fn.Name(), method: isMethod(fn)}
	switch {
	case fn.Name() == "NewRequest" && !r.method:
		r.urlArg = 1
	case fn.Name() == "NewRequestWithContext" && !r.method:
		r.urlArg = 2
	case fn.Name() == "Get" || fn.Name() == "Head" || fn.Name() == "Post" || fn.Name() == "PostForm":
		if r.method && !isNamed(derefType(fn.Signature().Recv().Type()), "net/http", "Client") {
			return nil
		}
		r.urlArg = 0
	default:
		return nil
	}
	if len(call.Args) <= r.urlArg {
		return nil
	}
	return r
}

func derefType(t types.Type) types.Type {
	if p, ok := t.(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// withHeader adds to edits (which rewrite the URL expression urlExpr) the
// edits that send key in the x-api-key header of the request that uses the
// URL. It returns why when no safe place is found.
func (p *passState) withHeader(cur inspector.Cursor, urlExpr ast.Expr, key keyRef, edits []analysis.TextEdit) ([]analysis.TextEdit, string) {
	fnCur, body := enclosingFunc(cur)
	if body == nil {
		return nil, "the URL is built outside a function: set the x-api-key header where the request is made"
	}
	// With -secrets=env a key written in the source is sent as
	// os.Getenv("WHISPIR_API_KEY") instead (see credentials.go).
	key, imports, why := p.envKey(urlExpr.Pos(), key)
	if why != "" {
		return nil, why
	}
	if key.expr != nil {
		if why := p.keyUnsafe(key.expr, body, urlExpr.Pos()); why != "" {
			return nil, why
		}
	}
	reqs := p.requestsUsing(cur, fnCur, urlExpr)
	if len(reqs) == 0 {
		return nil, "no request in this function uses the URL: set the x-api-key header where the request is built"
	}
	for _, r := range reqs {
		var more []analysis.TextEdit
		var why string
		if r.fn == "NewRequest" || r.fn == "NewRequestWithContext" {
			more, why = p.headerAfterNewRequest(fnCur, r, key, urlExpr.End())
		} else if r.call.End() < urlExpr.Pos() {
			why = "the request is made before the URL is built: set the x-api-key header by hand"
		} else {
			more, edits, why = p.shortcutToDo(r, key, edits)
		}
		if why != "" {
			return nil, why
		}
		edits = append(edits, more...)
		if len(more) > 0 {
			edits, imports = append(edits, imports...), nil // the header uses the key
		}
	}
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].Pos < edits[j].Pos })
	// Two requests of one URL (http.PostForm(u, a); http.PostForm(u, b))
	// may need the same import: insert it once.
	edits = slices.CompactFunc(edits, func(a, b analysis.TextEdit) bool {
		return a.Pos == b.Pos && a.End == b.End && bytes.Equal(a.NewText, b.NewText)
	})
	return edits, ""
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

// requestsUsing finds the requests that use the URL built by urlExpr: the
// call it is an argument of, the calls that use the variable it is assigned
// to, or else the one request of the function.
func (p *passState) requestsUsing(cur, fnCur inspector.Cursor, urlExpr ast.Expr) []*request {
	parent := cur.Parent()
	for {
		if _, ok := parent.Node().(*ast.ParenExpr); !ok {
			break
		}
		parent = parent.Parent()
	}
	var target types.Object
	switch n := parent.Node().(type) {
	case *ast.CallExpr:
		// Have: http.NewRequest(method, URL, body) or http.Get(URL)
		if r := p.requestOf(n); r != nil && ast.Unparen(n.Args[r.urlArg]) == urlExpr {
			return []*request{r}
		}
	case *ast.AssignStmt:
		// Have: u := URL; ...; http.NewRequest(method, u, body)
		if len(n.Lhs) == 1 && len(n.Rhs) == 1 {
			if id, ok := n.Lhs[0].(*ast.Ident); ok {
				target = p.pass.TypesInfo.ObjectOf(id)
			}
		}
	case *ast.ValueSpec:
		if len(n.Names) == 1 && len(n.Values) == 1 {
			target = p.pass.TypesInfo.ObjectOf(n.Names[0])
		}
	}
	var all, using []*request
	for c := range fnCur.Preorder((*ast.CallExpr)(nil)) {
		if r := p.requestOf(c.Node().(*ast.CallExpr)); r != nil {
			all = append(all, r)
			if id, ok := ast.Unparen(r.call.Args[r.urlArg]).(*ast.Ident); ok && target != nil && p.pass.TypesInfo.Uses[id] == target {
				using = append(using, r)
			}
		}
	}
	if len(using) > 0 {
		return using
	}
	if len(all) == 1 {
		// Have: the URL flows through net/url or a variable to the
		// function's one request (headerAfterNewRequest checks the order).
		return all
	}
	return nil
}

// keyUnsafe says why key cannot be evaluated at a later point of body, or "".
func (p *passState) keyUnsafe(key ast.Expr, body *ast.BlockStmt, after token.Pos) string {
	safe := true
	var roots []types.Object
	ast.Inspect(key, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			if obj := p.pass.TypesInfo.ObjectOf(n); obj != nil {
				roots = append(roots, obj)
			}
		case nil, *ast.SelectorExpr, *ast.ParenExpr, *ast.BasicLit, *ast.StarExpr:
		default:
			safe = false
		}
		return safe
	})
	if !safe {
		// Not safe: a call or other computation would run at another time.
		return "the key expression " + p.text(key) + " is not a plain variable: store it in a variable first"
	}
	reassigned := false
	ast.Inspect(body, func(n ast.Node) bool {
		var targets []ast.Expr
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Pos() > after {
				targets = n.Lhs
			}
		case *ast.IncDecStmt:
			if n.Pos() > after {
				targets = []ast.Expr{n.X}
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				targets = []ast.Expr{n.X}
			}
		}
		for _, t := range targets {
			for _, obj := range roots {
				if _, isVar := obj.(*types.Var); isVar && p.objectOf(t) == obj {
					reassigned = true
				}
			}
		}
		return !reassigned
	})
	if reassigned {
		return "the key " + p.text(key) + " changes after the URL is built: set the x-api-key header by hand"
	}
	return ""
}

// headerAfterNewRequest inserts req.Header.Set("x-api-key", key) before the
// first statement that lets the request escape (sends it, returns it or
// passes it on), unless the function already sets that header.
func (p *passState) headerAfterNewRequest(fnCur inspector.Cursor, r *request, key keyRef, urlEnd token.Pos) ([]analysis.TextEdit, string) {
	assignCur, ok := fnCur.FindNode(r.call)
	if !ok {
		return nil, "internal error: request not found"
	}
	if ret, ok := assignCur.Parent().Node().(*ast.ReturnStmt); ok {
		return p.headerBeforeReturn(fnCur, ret, r, key)
	}
	assign, ok := assignCur.Parent().Node().(*ast.AssignStmt)
	if !ok || len(assign.Lhs) != 2 {
		return nil, "the request is not stored in a variable: set the x-api-key header on it by hand"
	}
	reqID, ok := assign.Lhs[0].(*ast.Ident)
	if !ok || reqID.Name == "_" {
		return nil, "the request is not stored in a variable: set the x-api-key header on it by hand"
	}
	reqObj := p.pass.TypesInfo.ObjectOf(reqID)
	if p.setsKeyHeader(fnCur, reqObj) {
		return nil, "" // Have: phase-1 code that already sends x-api-key.
	}
	stmt := p.firstEscape(fnCur, reqObj, max(assign.End(), urlEnd))
	if stmt == nil {
		return nil, "the request " + reqID.Name + " is not sent in this function: set the x-api-key header on it by hand"
	}
	if p.headerReplacedAfter(fnCur, reqObj, stmt.Pos()) {
		return nil, reqID.Name + ".Header is replaced later: set the x-api-key header after that by hand"
	}
	keyText := p.keyText(key)
	if key.expr != nil && !p.visibleAt(key.expr, stmt.Pos()) {
		return nil, "the key " + keyText + " is not in scope where the request is sent: set the x-api-key header by hand"
	}
	src := p.source(stmt.Pos())
	indent := fixer.LineIndent(src, p.offset(stmt.Pos()))
	line := fmt.Sprintf("%s.Header.Set(\"x-api-key\", %s)\n%s", reqID.Name, keyText, indent)
	return []analysis.TextEdit{fixer.InsertBefore(stmt.Pos(), line)}, ""
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
func (p *passState) headerBeforeReturn(fnCur inspector.Cursor, ret *ast.ReturnStmt, r *request, key keyRef) ([]analysis.TextEdit, string) {
	const byHand = "the request is returned as it is built: store it, set its x-api-key header and return it by hand"
	if len(ret.Results) != 1 || ret.Results[0] != r.call {
		return nil, byHand
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
	keyText := p.keyText(key)
	used := p.text(fnCur.Node()) + " " + keyText
	req, errName := freshName(used, "req", "whispirReq"), freshName(used, "err", "whispirErr")
	if req == "" || errName == "" {
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

// setsKeyHeader reports whether the function sets x-api-key on req already.
func (p *passState) setsKeyHeader(fnCur inspector.Cursor, req types.Object) bool {
	for c := range fnCur.Preorder((*ast.CallExpr)(nil), (*ast.IndexExpr)(nil)) {
		var hdr, name ast.Expr
		switch n := c.Node().(type) {
		case *ast.CallExpr:
			// Have: req.Header.Set("x-api-key", k) or Add.
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok && (sel.Sel.Name == "Set" || sel.Sel.Name == "Add") && len(n.Args) == 2 {
				hdr, name = sel.X, n.Args[0]
			}
		case *ast.IndexExpr:
			// Have: req.Header["X-Api-Key"] = ...
			hdr, name = n.X, n.Index
		}
		sel, ok := hdr.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Header" || p.objectOf(sel.X) != req {
			continue
		}
		if v, ok := p.stringValue(name); ok && strings.EqualFold(v, "x-api-key") {
			return true
		}
	}
	return false
}

// firstEscape returns the first statement after pos, in a statement list,
// that uses req other than through a field or method (req.Header...).
func (p *passState) firstEscape(fnCur inspector.Cursor, req types.Object, after token.Pos) ast.Stmt {
	for c := range fnCur.Preorder((*ast.Ident)(nil)) {
		id := c.Node().(*ast.Ident)
		if id.Pos() <= after || p.pass.TypesInfo.Uses[id] != req {
			continue
		}
		if sel, ok := c.Parent().Node().(*ast.SelectorExpr); ok && sel.X == id {
			continue
		}
		if as, ok := c.Parent().Node().(*ast.AssignStmt); ok && indexOf(as.Lhs, id) >= 0 {
			continue
		}
		for s := c; s.Valid(); s = s.Parent() {
			switch s.Parent().Node().(type) {
			case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
				if stmt, ok := s.Node().(ast.Stmt); ok {
					return stmt
				}
			}
		}
		return nil
	}
	return nil
}

// headerReplacedAfter reports whether req.Header is assigned after pos.
func (p *passState) headerReplacedAfter(fnCur inspector.Cursor, req types.Object, pos token.Pos) bool {
	for c := range fnCur.Preorder((*ast.AssignStmt)(nil)) {
		as := c.Node().(*ast.AssignStmt)
		if as.Pos() < pos {
			continue
		}
		for _, lhs := range as.Lhs {
			if sel, ok := lhs.(*ast.SelectorExpr); ok && sel.Sel.Name == "Header" && p.objectOf(sel.X) == req {
				return true
			}
		}
	}
	return false
}

// visibleAt reports whether every identifier of e denotes the same object at pos.
func (p *passState) visibleAt(e ast.Expr, pos token.Pos) bool {
	scope := p.pass.Pkg.Scope().Innermost(pos)
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		if sel, isSel := n.(*ast.SelectorExpr); isSel {
			ast.Inspect(sel.X, func(m ast.Node) bool {
				if id, isID := m.(*ast.Ident); isID && ok {
					ok = p.identVisible(scope, id, pos)
				}
				return ok
			})
			return false
		}
		if id, isID := n.(*ast.Ident); isID && ok {
			ok = p.identVisible(scope, id, pos)
		}
		return ok
	})
	return ok
}

func (p *passState) identVisible(scope *types.Scope, id *ast.Ident, pos token.Pos) bool {
	want := p.pass.TypesInfo.ObjectOf(id)
	if scope == nil || want == nil {
		return false
	}
	_, got := scope.LookupParent(id.Name, pos)
	return got == want
}

// shortcutToDo rewrites http.Get(u) (and Head, Post, PostForm, and the same
// methods of an *http.Client) into an immediately called function that
// builds the request, sets the header and sends it with Do: the same results
// and the same behaviour in any expression context. The edits replace only
// the text around the URL and body arguments, so the URL's own edits, and
// other fixes inside the arguments (a retired host in a literal), still
// apply in the same run.
func (p *passState) shortcutToDo(r *request, key keyRef, urlEdits []analysis.TextEdit) (more, rest []analysis.TextEdit, why string) {
	httpPkg := p.httpName(r.call.Pos())
	if httpPkg == "" {
		return nil, nil, "the file does not import net/http: rewrite " + r.fn + " to NewRequest and Do by hand"
	}
	args := r.call.Args
	client := httpPkg + ".DefaultClient"
	if r.method {
		sel, ok := r.call.Fun.(*ast.SelectorExpr)
		if !ok || !p.isPlain(sel.X) {
			return nil, nil, "the client expression is not a plain variable: rewrite " + r.fn + " to NewRequest and Do by hand"
		}
		client = p.text(sel.X)
	}
	keyText := p.keyText(key)
	used := client + " " + keyText
	var method, extra string
	var body ast.Expr             // the argument that becomes the request's body, or nil
	bodyOpen, bodyClose := "", "" // text around it
	switch r.fn {
	case "Get", "Head":
		method = httpPkg + ".Method" + r.fn
	case "Post":
		if len(args) != 3 || !p.isPlain(args[1]) {
			return nil, nil, "rewrite Post to NewRequest and Do by hand"
		}
		method, body = httpPkg+".MethodPost", args[2]
		extra = fmt.Sprintf("%%[1]s.Header.Set(\"Content-Type\", %s)", p.text(args[1]))
		used += " " + p.text(args[1])
	case "PostForm":
		// Have: http.PostForm(u, form): the body is strings.NewReader(form.Encode()).
		names, imports, why := p.importsFor(r.call.Pos(), "strings")
		if why != "" || len(args) != 2 {
			return nil, nil, "rewrite PostForm to NewRequest and Do by hand"
		}
		more = imports
		method, body = httpPkg+".MethodPost", args[1]
		bodyOpen, bodyClose = names["strings"]+".NewReader(", ".Encode())"
		if !isPrimary(args[1]) {
			// Have: http.PostForm(u, *form): (*form).Encode().
			bodyOpen, bodyClose = bodyOpen+"(", ")"+bodyClose
		}
		extra = "%[1]s.Header.Set(\"Content-Type\", \"application/x-www-form-urlencoded\")"
	}
	req, errName := freshName(used, "req", "whispirReq"), freshName(used, "err", "whispirErr")
	if req == "" || errName == "" {
		return nil, nil, "rewrite " + r.fn + " to NewRequest and Do by hand"
	}
	indent := fixer.LineIndent(p.source(r.call.Pos()), p.offset(r.call.Pos()))
	head := fmt.Sprintf("func() (*%s.Response, error) {\n%s\t%s, %s := %s.NewRequest(%s, ", httpPkg, indent, req, errName, httpPkg, method)
	lines := []string{
		")",
		fmt.Sprintf("\tif %s != nil {", errName),
		fmt.Sprintf("\t\treturn nil, %s", errName),
		"\t}",
	}
	if extra != "" {
		lines = append(lines, "\t"+fmt.Sprintf(extra, req))
	}
	lines = append(lines,
		fmt.Sprintf("\t%s.Header.Set(\"x-api-key\", %s)", req, keyText),
		fmt.Sprintf("\treturn %s.Do(%s)", client, req),
		"}()",
	)
	tail := strings.Join(lines, "\n"+indent)
	more = append(more, analysis.TextEdit{Pos: r.call.Pos(), End: args[0].Pos(), NewText: []byte(head)})
	if body == nil {
		more = append(more, analysis.TextEdit{Pos: args[0].End(), End: r.call.End(), NewText: []byte(", nil" + tail)})
	} else {
		more = append(more,
			analysis.TextEdit{Pos: args[0].End(), End: body.Pos(), NewText: []byte(", " + bodyOpen)},
			analysis.TextEdit{Pos: body.End(), End: r.call.End(), NewText: []byte(bodyClose + tail)})
	}
	return more, urlEdits, ""
}

// isPrimary reports whether e can take a method call (e.Encode()) without
// parentheses.
func isPrimary(e ast.Expr) bool {
	switch e.(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.CallExpr, *ast.CompositeLit, *ast.IndexExpr, *ast.ParenExpr:
		return true
	}
	return false
}

// freshName returns the first candidate that does not occur as a word in used.
func freshName(used string, candidates ...string) string {
	for _, c := range candidates {
		if !containsWord(used, c) {
			return c
		}
	}
	return ""
}

func containsWord(s, w string) bool {
	isWord := func(b byte) bool {
		return b == '_' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
	}
	for i := strings.Index(s, w); i >= 0; {
		end := i + len(w)
		if (i == 0 || !isWord(s[i-1])) && (end == len(s) || !isWord(s[end])) {
			return true
		}
		j := strings.Index(s[i+1:], w)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// isPlain reports whether e is an identifier, selector or literal: an
// expression with no effects whose value cannot change between two reads
// in a row.
func (p *passState) isPlain(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.SelectorExpr:
		return p.isPlain(e.X)
	}
	return false
}

// textWithEdits returns the source of n with the edits (all inside n) applied.
func (p *passState) textWithEdits(n ast.Node, edits []analysis.TextEdit) string {
	src := p.source(n.Pos())
	start, end := p.offset(n.Pos()), p.offset(n.End())
	var b strings.Builder
	at := start
	for _, e := range edits {
		s, t := p.offset(e.Pos), p.offset(e.End)
		if s < start || t > end || s < at {
			continue
		}
		b.Write(src[at:s])
		b.Write(e.NewText)
		at = t
	}
	b.Write(src[at:end])
	return b.String()
}

// httpName returns the name under which the file holding pos imports net/http.
func (p *passState) httpName(pos token.Pos) string { return p.importName(pos, "net/http") }

// importName returns the name under which the file holding pos imports
// path, or "" (also for dot and blank imports).
func (p *passState) importName(pos token.Pos, path string) string {
	for _, f := range p.pass.Files {
		if f.FileStart > pos || pos > f.FileEnd {
			continue
		}
		for _, imp := range f.Imports {
			if imp.Path.Value != `"`+path+`"` {
				continue
			}
			if imp.Name != nil {
				if imp.Name.Name == "." || imp.Name.Name == "_" {
					return ""
				}
				return imp.Name.Name
			}
			if pkg, ok := p.pass.TypesInfo.Implicits[imp].(*types.PkgName); ok {
				return pkg.Name()
			}
		}
	}
	return ""
}

// deleteLines deletes stmt together with its line when it stands alone on
// it (an end-of-line comment goes with it).
func (p *passState) deleteLines(n ast.Node) (analysis.TextEdit, bool) {
	src := p.source(n.Pos())
	start, end := p.offset(n.Pos()), p.offset(n.End())
	lineStart := start - len(fixer.LineIndent(src, start))
	if lineStart > 0 && src[lineStart-1] != '\n' {
		return analysis.TextEdit{}, false
	}
	rest := end
	for rest < len(src) && (src[rest] == ' ' || src[rest] == '\t') {
		rest++
	}
	if rest+1 < len(src) && src[rest] == '/' && src[rest+1] == '/' {
		for rest < len(src) && src[rest] != '\n' {
			rest++
		}
	}
	if rest < len(src) && src[rest] != '\n' {
		return analysis.TextEdit{}, false
	}
	if rest < len(src) {
		rest++
	}
	tf := p.pass.Fset.File(n.Pos())
	return fixer.DeleteRange(tf.Pos(lineStart), tf.Pos(rest)), true
}

// deleteElement deletes elt from the composite literal lit: its whole line
// when it stands alone on one, else the element and its comma.
func (p *passState) deleteElement(lit *ast.CompositeLit, elt ast.Expr) (analysis.TextEdit, bool) {
	i := indexOf(lit.Elts, elt)
	src := p.source(elt.Pos())
	end := p.offset(elt.End())
	// Include the comma that follows, if any.
	j := end
	for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
		j++
	}
	if j < len(src) && src[j] == ',' {
		end = j + 1
	}
	tf := p.pass.Fset.File(elt.Pos())
	if del, ok := p.deleteLines(&span{elt.Pos(), tf.Pos(end)}); ok && len(lit.Elts) > 1 {
		// Have: one entry per line. The others may be aligned on the one
		// removed, so the literal is reformatted as gofmt would.
		start, stop := p.offset(lit.Pos()), p.offset(lit.End())
		text := string(src[start:p.offset(del.Pos)]) + string(src[p.offset(del.End):stop])
		formatted, err := fixer.FormatExpr(text, fixer.LineIndent(src, start))
		if err != nil {
			return analysis.TextEdit{}, false
		}
		return fixer.ReplaceNode(lit, formatted), true
	}
	switch {
	case len(lit.Elts) == 1:
		return fixer.DeleteRange(lit.Lbrace+1, lit.Rbrace), true
	case i+1 < len(lit.Elts):
		return fixer.DeleteRange(elt.Pos(), lit.Elts[i+1].Pos()), true
	default:
		return fixer.DeleteRange(lit.Elts[i-1].End(), elt.End()), true
	}
}

// span is a node for an arbitrary range.
type span struct{ pos, end token.Pos }

func (s *span) Pos() token.Pos { return s.pos }
func (s *span) End() token.Pos { return s.end }
