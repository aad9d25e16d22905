package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// keyRef is the API key as the fix will send it: an expression of the
// program, or a literal found in a URL.
type keyRef struct {
	expr    ast.Expr
	literal string              // quoted, or the text of named constants
	verb    string              // the format verb that printed expr into the URL, or ""
	text    string              // the text of expr when it is not in the source (see helperFix)
	edits   []analysis.TextEdit // what taking the key out needs besides (an import deleted)
	hoisted bool                // literal names a variable declared for the key (see hoistKey)
}

// A request is a call of net/http that builds or sends a request.
type request struct {
	call    *ast.CallExpr
	lit     *ast.CompositeLit // &http.Request{URL: u}: a request built as a literal (call is nil)
	fn      string            // NewRequest, NewRequestWithContext, Get, Head, Post, PostForm, Request (a literal)
	method  bool              // a method of *http.Client rather than a package function
	urlArg  int
	httpPkg string // how the file names net/http, "" if it does not import it
}

// node is the call or the literal that builds the request.
func (r *request) node() ast.Node {
	if r.lit != nil {
		return r.lit
	}
	return r.call
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

// isPrimary reports whether e can take a method call (e.Encode()) without
// parentheses.
func isPrimary(e ast.Expr) bool {
	switch e.(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.CallExpr, *ast.CompositeLit, *ast.IndexExpr, *ast.ParenExpr:
		return true
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
