package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/whispirlint/whispirlint/fixer"
)

// headerInLiteral sets the header of a request built as a literal,
//
//	req := &http.Request{Method: http.MethodGet, URL: u}
//
// with a Header field of the literal: Header: http.Header{"X-Api-Key":
// {key}}. Such a request has no header map until the client makes one, so
// a req.Header.Set after it would panic. The literal must name its fields
// and have no Header of its own, the URL comes in through a variable (its
// own edits stay outside the literal), and req must hold this request
// alone and keep its header map to the send (requestStays).
func (p *passState) headerInLiteral(fnCur inspector.Cursor, r *request, key keyRef, keyText string, urlExpr ast.Node) ([]analysis.TextEdit, string) {
	const notStored = "the request literal is not stored in a variable as &http.Request{...}: set the x-api-key header on it by hand"
	lit := r.lit
	if lit.Pos() <= urlExpr.Pos() && urlExpr.End() <= lit.End() {
		return nil, "the URL is written in the request literal: set the x-api-key header by hand"
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return nil, "the request literal does not name its fields: set the x-api-key header by hand"
		}
		if isIdentNamed(kv.Key, "Header") {
			return nil, "the request literal sets its own Header: add the x-api-key header to it by hand"
		}
		if isIdentNamed(kv.Key, "Host") {
			// Not safe: the Host header may name another host than the URL.
			return nil, "the request literal sets its Host: set the x-api-key header by hand"
		}
	}
	litCur, ok := fnCur.FindNode(lit)
	if !ok {
		return nil, "internal error: request not found"
	}
	amp, ok := litCur.Parent().Node().(*ast.UnaryExpr)
	if !ok || amp.Op != token.AND {
		return nil, notStored
	}
	assign, ok := litCur.Parent().Parent().Node().(*ast.AssignStmt)
	if !ok || len(assign.Lhs) != 1 || len(assign.Rhs) != 1 || ast.Unparen(assign.Rhs[0]) != amp {
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
	only := p.storedOnly(fnCur, reqObj, func(as *ast.AssignStmt, i int) bool { return as == assign })
	if !only {
		// Not safe: req may hold another request when it is sent.
		return nil, reqID.Name + " also holds another request: set the x-api-key header on the Whispir request by hand"
	}
	if why := p.requestStays(fnCur, reqObj, 0); why != "" {
		return nil, why
	}
	if existing, why := p.existingKeyHeader(fnCur, reqObj, keyText, nil, -1); why != "" || existing {
		return nil, "the request already sets or deletes x-api-key: set the x-api-key header by hand"
	}
	if why := p.keyStable(fnCur, key.expr, urlExpr, lit.Pos(), nil); why != "" {
		return nil, why
	}
	if key.expr != nil && !p.visibleAt(key.expr, lit.Pos()) {
		return nil, p.keyName(key.expr) + " is not in scope where the request is built: set the x-api-key header by hand"
	}
	httpPkg := p.pkgNameAt(lit.Pos(), "net/http")
	if httpPkg == "" {
		return nil, "net/http is not imported under a name visible here: set the x-api-key header by hand"
	}
	field := "Header: " + httpPkg + ".Header{" + strconv.Quote("X-Api-Key") + ": {" + keyText + "}}"
	src := p.source(lit.Pos())
	start, rbrace := p.offset(lit.Pos()), p.offset(lit.Rbrace)
	head := string(src[start:rbrace])
	switch {
	case len(lit.Elts) == 0:
		head += field
	case slices.Contains([]byte(src[p.offset(lit.Elts[len(lit.Elts)-1].End()):rbrace]), ','):
		head += field + ",\n" // Have: one field a line, each with its comma.
	default:
		head += ", " + field
	}
	text, err := fixer.FormatExpr(head+"}", fixer.LineIndent(src, start))
	if err != nil {
		return nil, "internal error: " + err.Error()
	}
	return []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(text)}}, ""
}

// isIdentNamed reports whether e is the identifier name.
func isIdentNamed(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

// localOf reports whether obj is a variable declared in the function at
// fnCur (a parameter included).
func (p *passState) localOf(fnCur inspector.Cursor, obj types.Object) bool {
	_, ok := obj.(*types.Var)
	fn := fnCur.Node()
	return ok && fn.Pos() <= obj.Pos() && obj.Pos() < fn.End()
}
