package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/whispirlint/whispirlint/fixer"
)

// A shortcut is http.Get(u), http.Head, http.Post, http.PostForm or the
// same method of an *http.Client: a request that is built and sent in one
// call, with no place for a header. The fix turns it into NewRequest, a
// header and Do.
type shortcut struct {
	r        *request
	httpPkg  string // the name of net/http at the call
	client   string // the client's text: http.DefaultClient, c.HTTP, a.Client
	method   string // http.MethodGet, ...
	body     ast.Expr
	bodyOpen string // text around the body argument
	bodyEnd  string
	noBody   bool   // PostForm(u, nil): the body is http.NoBody
	extra    string // a header the shortcut set itself (format with the request name)
	imports  []analysis.TextEdit
}

// shortcutToDo rewrites the shortcut r: as statements when it is the right
// side of an assignment or a return in a block (shortcutStatements), or
// else as an immediately called function literal with the same results.
// The edits replace only the text around the URL and body arguments, so the
// URL's own edits still apply in the same fix.
func (p *passState) shortcutToDo(fnCur inspector.Cursor, r *request, key keyRef, keyText string, urlExpr ast.Node) ([]analysis.TextEdit, string) {
	callCur, ok := fnCur.FindNode(r.call)
	if !ok {
		return nil, "internal error: request not found"
	}
	parent := callCur.Parent()
	switch parent.Node().(type) {
	case *ast.DeferStmt, *ast.GoStmt:
		// Not safe: the rewrite would read the key when the deferred call
		// or the goroutine runs, not when the statement is executed.
		return nil, "the request is sent by a defer or go statement: set the x-api-key header by hand"
	}
	sc, why := p.newShortcut(r)
	if why != "" {
		return nil, why
	}
	if why := p.keyStable(fnCur, key.expr, urlExpr, r.call.Pos(), nil); why != "" {
		return nil, why
	}
	if key.expr != nil && !p.visibleAt(key.expr, r.call.Pos()) {
		return nil, p.keyName(key.expr) + " is not in scope where the request is sent: set the x-api-key header by hand"
	}
	if edits, ok := p.shortcutStatements(fnCur, parent, sc, keyText); ok {
		return append(sc.imports, edits...), ""
	}
	return p.shortcutFuncLit(sc, keyText)
}

// newShortcut works out the pieces of a shortcut's rewrite.
func (p *passState) newShortcut(r *request) (*shortcut, string) {
	pos := r.call.Pos()
	sc := &shortcut{r: r, httpPkg: p.pkgNameAt(pos, "net/http")}
	if sc.httpPkg == "" {
		return nil, "net/http is not imported under a name visible here: rewrite " + r.fn + " to NewRequest and Do by hand"
	}
	if !p.universalNil(pos) {
		return nil, "nil is redefined here: rewrite " + r.fn + " to NewRequest and Do by hand"
	}
	sc.client = sc.httpPkg + ".DefaultClient"
	if r.method {
		client, why := p.clientOf(r)
		if why != "" {
			return nil, why
		}
		sc.client = client
	}
	args := r.call.Args
	switch r.fn {
	case "Get", "Head":
		sc.method = sc.httpPkg + ".Method" + r.fn
	case "Post":
		if len(args) != 3 || !p.isPlain(args[1]) {
			return nil, "rewrite Post to NewRequest and Do by hand"
		}
		sc.method, sc.body = sc.httpPkg+".MethodPost", args[2]
		sc.extra = fmt.Sprintf("%%[1]s.Header.Set(\"Content-Type\", %s)", p.text(args[1]))
		p.copied = append(p.copied, copiedText{pos: args[1].Pos(), end: args[1].End(), into: r.call.End()})
	case "PostForm":
		if len(args) != 2 {
			return nil, "rewrite PostForm to NewRequest and Do by hand"
		}
		sc.method = sc.httpPkg + ".MethodPost"
		sc.extra = "%[1]s.Header.Set(\"Content-Type\", \"application/x-www-form-urlencoded\")"
		if tv, ok := p.pass.TypesInfo.Types[args[1]]; ok && tv.IsNil() {
			// Have: http.PostForm(u, nil): an empty body.
			sc.noBody = true
			break
		}
		if !isNamed(p.pass.TypesInfo.TypeOf(args[1]), "net/url", "Values") {
			// Not safe: a map[string][]string has no Encode method.
			return nil, "the form is not a url.Values: rewrite PostForm to NewRequest and Do by hand"
		}
		// Have: http.PostForm(u, form): the body is strings.NewReader(form.Encode()).
		names, imports, why := p.importsFor(pos, "strings")
		if why != "" {
			return nil, "rewrite PostForm to NewRequest and Do by hand"
		}
		sc.imports = imports
		sc.body = args[1]
		sc.bodyOpen, sc.bodyEnd = names["strings"]+".NewReader(", ".Encode())"
		if !isPrimary(args[1]) {
			// Have: http.PostForm(u, *form): (*form).Encode().
			sc.bodyOpen, sc.bodyEnd = sc.bodyOpen+"(", ")"+sc.bodyEnd
		}
	}
	return sc, ""
}

// clientOf returns the text of the *http.Client whose method r calls, with
// the path to it when it is promoted from an embedded field (a.Get is
// a.Client.Get): the rewrite must call net/http's Do, not a Do of the
// outer type.
func (p *passState) clientOf(r *request) (string, string) {
	sel, ok := r.call.Fun.(*ast.SelectorExpr)
	if !ok || !p.isPlain(sel.X) {
		return "", "the client expression is not a plain variable: rewrite " + r.fn + " to NewRequest and Do by hand"
	}
	client := p.text(sel.X)
	s := p.pass.TypesInfo.Selections[sel]
	if s == nil {
		return "", "rewrite " + r.fn + " to NewRequest and Do by hand"
	}
	t := s.Recv()
	idx := s.Index()
	for _, i := range idx[:len(idx)-1] {
		st, ok := derefType(t).Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return "", "rewrite " + r.fn + " to NewRequest and Do by hand"
		}
		f := st.Field(i)
		client += "." + f.Name()
		t = f.Type()
	}
	if !isNamed(derefType(t), "net/http", "Client") {
		return "", "rewrite " + r.fn + " to NewRequest and Do by hand"
	}
	return client, ""
}

// shortcutStatements rewrites
//
//	resp, err := c.Get(u)
//	if err != nil {
//		return err
//	}
//
// as
//
//	req, err := http.NewRequest(http.MethodGet, u, nil)
//	if err != nil {
//		return err
//	}
//	req.Header.Set("x-api-key", key)
//	resp, err := c.Do(req)
//	if err != nil {
//		return err
//	}
//
// reusing the error handling that follows, and `return c.Get(u)` with a
// plain `return nil, err`. It reports false where statements are not safe.
func (p *passState) shortcutStatements(fnCur inspector.Cursor, parent inspector.Cursor, sc *shortcut, keyText string) ([]analysis.TextEdit, bool) {
	call := sc.r.call
	stmt, ok := parent.Node().(ast.Stmt)
	if !ok {
		return nil, false
	}
	list := stmtList(parent.Parent().Node())
	i := -1
	for j, s := range list {
		if s == stmt {
			i = j
		}
	}
	if i < 0 || !p.startsLine(stmt) || hasGoto(fnCur) {
		// (A goto may jump over the new request's declaration: the
		// function literal declares it in a scope of its own.)
		return nil, false
	}
	var errName, onErr, sendStmt string
	switch n := stmt.(type) {
	case *ast.AssignStmt:
		// Have: resp, err := c.Get(u), followed by its error check.
		if len(n.Lhs) != 2 || len(n.Rhs) != 1 || n.Rhs[0] != call || i+1 >= len(list) {
			return nil, false
		}
		errID, ok := n.Lhs[1].(*ast.Ident)
		if !ok || errID.Name == "_" {
			return nil, false
		}
		errObj := p.pass.TypesInfo.ObjectOf(errID)
		if !p.isErrCheck(list[i+1], errObj) || mentionsAny(p.pass.TypesInfo, list[i+1], p.objectOf(n.Lhs[0])) {
			return nil, false
		}
		switch n.Tok {
		case token.DEFINE:
			// The response must still be new after err is declared by the request.
			if p.pass.TypesInfo.Defs[asIdent(n.Lhs[0])] == nil {
				return nil, false
			}
		case token.ASSIGN:
			// `req, err :=` must reuse err, not shadow it.
			if errObj == nil || errObj.Parent() != p.pass.Pkg.Scope().Innermost(n.Pos()) {
				return nil, false
			}
		default:
			return nil, false
		}
		errName = errID.Name
		onErr = p.text(list[i+1])
		p.copied = append(p.copied, copiedText{
			pos: list[i+1].Pos(), end: list[i+1].End(), into: call.End(),
			indent: fixer.LineIndent(p.source(stmt.Pos()), p.offset(stmt.Pos())), reindented: true,
		})
		sendStmt = p.textBetween(n.Pos(), call.Pos())
	case *ast.ReturnStmt:
		// Have: return c.Get(u), in a function with the same two results.
		if len(n.Results) != 1 || n.Results[0] != call {
			return nil, false
		}
		errName = p.freshName(n.Pos(), "err", "whispirErr")
		if errName == "" || containsWord(keyText, errName) {
			return nil, false
		}
		onErr = fmt.Sprintf("if %s != nil {\n\treturn nil, %s\n}", errName, errName)
		sendStmt = "return "
	default:
		return nil, false
	}
	// Each shortcut of a block declares a request of its own: the n-th
	// one of the block names it reqN, so that the fixes of two shortcuts
	// in one block, applied together, declare no name twice.
	suffix := ""
	if n := p.shortcutsBefore(list[:i]); n > 0 {
		suffix = strconv.Itoa(n + 1)
	}
	req := p.freshName(stmt.Pos(), "req"+suffix, "whispirReq"+suffix)
	if req == "" || containsWord(keyText, req) || containsWord(sc.client, req) {
		return nil, false
	}
	src := p.source(stmt.Pos())
	indent := fixer.LineIndent(src, p.offset(stmt.Pos()))
	head := fmt.Sprintf("%s, %s := %s.NewRequest(%s, ", req, errName, sc.httpPkg, sc.method)
	lines := []string{")", reindent(onErr, indent)}
	if sc.extra != "" {
		lines = append(lines, fmt.Sprintf(sc.extra, req))
	}
	lines = append(lines,
		fmt.Sprintf("%s.Header.Set(\"x-api-key\", %s)", req, keyText),
		sendStmt+sc.client+".Do("+req+")")
	tail := strings.Join(lines, "\n"+indent)
	return p.aroundArgs(sc, stmt.Pos(), head, tail), true
}

// shortcutsBefore counts the statements of list that hold a shortcut call
// (the ones a fix may turn into statements that declare a request).
func (p *passState) shortcutsBefore(list []ast.Stmt) int {
	n := 0
	for _, s := range list {
		found := false
		ast.Inspect(s, func(node ast.Node) bool {
			if call, ok := node.(*ast.CallExpr); ok {
				if r := p.requestOf(call); r != nil && r.fn != "NewRequest" && r.fn != "NewRequestWithContext" {
					found = true
				}
			}
			return !found
		})
		if found {
			n++
		}
	}
	return n
}

// aroundArgs returns the edits that replace the text from `from` to the
// URL argument with head, and the rest of the call with tail, keeping the
// URL and body arguments in place. The comments of the replaced text are
// kept by keepComments.
func (p *passState) aroundArgs(sc *shortcut, from token.Pos, head, tail string) []analysis.TextEdit {
	call, args := sc.r.call, sc.r.call.Args
	var edits []analysis.TextEdit
	edits = append(edits, analysis.TextEdit{Pos: from, End: args[0].Pos(), NewText: []byte(head)})
	switch {
	case sc.noBody:
		// Have: PostForm(u, nil).
		edits = append(edits, analysis.TextEdit{Pos: args[0].End(), End: call.End(), NewText: []byte(", " + sc.httpPkg + ".NoBody" + tail)})
	case sc.body == nil:
		edits = append(edits, analysis.TextEdit{Pos: args[0].End(), End: call.End(), NewText: []byte(", nil" + tail)})
	default:
		edits = append(edits,
			analysis.TextEdit{Pos: args[0].End(), End: sc.body.Pos(), NewText: []byte(", " + sc.bodyOpen)},
			analysis.TextEdit{Pos: sc.body.End(), End: call.End(), NewText: []byte(sc.bodyEnd + tail)})
	}
	return edits
}

// shortcutFuncLit rewrites the shortcut as an immediately called function
// literal: the same results, and the same behaviour in any expression.
func (p *passState) shortcutFuncLit(sc *shortcut, keyText string) ([]analysis.TextEdit, string) {
	r := sc.r
	used := sc.client + " " + keyText
	if sc.body != nil {
		used += " " + p.text(sc.body)
	}
	if r.fn == "Post" {
		used += " " + p.text(r.call.Args[1])
	}
	req, errName := freshWord(used, "req", "whispirReq"), freshWord(used, "err", "whispirErr")
	if req == "" || errName == "" {
		return nil, "rewrite " + r.fn + " to NewRequest and Do by hand"
	}
	indent := fixer.LineIndent(p.source(r.call.Pos()), p.offset(r.call.Pos()))
	head := fmt.Sprintf("%s, %s := %s.NewRequest(%s, ", req, errName, sc.httpPkg, sc.method)
	lines := []string{
		")",
		fmt.Sprintf("\tif %s != nil {", errName),
		fmt.Sprintf("\t\treturn nil, %s", errName),
		"\t}",
	}
	if sc.extra != "" {
		lines = append(lines, "\t"+fmt.Sprintf(sc.extra, req))
	}
	lines = append(lines,
		fmt.Sprintf("\t%s.Header.Set(\"x-api-key\", %s)", req, keyText),
		fmt.Sprintf("\treturn %s.Do(%s)", sc.client, req),
		"}()",
	)
	tail := strings.Join(lines, "\n"+indent)
	head = fmt.Sprintf("func() (*%s.Response, error) {\n%s\t", sc.httpPkg, indent) + head
	return append(sc.imports, p.aroundArgs(sc, r.call.Pos(), head, tail)...), ""
}

// mentionsAny reports whether n uses obj (nil never).
func mentionsAny(info *types.Info, n ast.Node, obj types.Object) bool {
	return obj != nil && mentions(info, n, obj)
}
