package analyzer

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// A request is often handed to an error constructor of another package of
// the module once it is sent:
//
//	resp, err := c.HTTPClient.Do(req)
//	if err != nil {
//		return errutils.NewHTTPDoError(req, err)
//	}
//
// where errutils keeps it in an unexported field and only prints its
// method and URL. Such a function can neither send the request nor change
// it, nor hand it to code that could: the fix may move the key into the
// header. The other package's types are not in this pass (go vet gives
// export data only), so its source is read from the module and checked by
// its syntax, strictly.

// inertRequestParam reports whether the function fn of another package of
// this module only reads its request parameter i: its method, host, and its
// URL for fmt to print, or keeps it in an unexported struct field that
// every file of the package only reads the same way. The package may not
// import reflect or unsafe, which could read the field otherwise.
func (p *passState) inertRequestParam(fn *types.Func, i int) bool {
	if isMethod(fn) || fn.Pkg() == nil || fn.Pkg() == p.pass.Pkg || !p.inThisModule(fn) {
		return false
	}
	tf := p.pass.Fset.File(fn.Pos())
	if tf == nil {
		return false
	}
	key := fn.Pkg().Path() + "." + fn.Name() + "#" + strconv.Itoa(i)
	if v, ok := p.inertCallees[key]; ok {
		return v
	}
	v := inertRequestParamIn(filepath.Dir(tf.Name()), fn.Pkg().Name(), fn.Name(), i)
	if p.inertCallees == nil {
		p.inertCallees = make(map[string]bool)
	}
	p.inertCallees[key] = v
	return v
}

// inertRequestParamIn is inertRequestParam on the package named pkgName in
// dir, read from source.
func inertRequestParamIn(dir, pkgName, fnName string, i int) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	var files []*ast.File
	fset := token.NewFileSet()
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			return false
		}
		if f.Name.Name != pkgName {
			continue
		}
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			if path == "reflect" || path == "unsafe" || imp.Name != nil && imp.Name.Name == "fmt" && path != "fmt" {
				return false
			}
		}
		if declaresName(f, "fmt") {
			return false // fmt.Sprintf would not be fmt's
		}
		files = append(files, f)
	}
	var decl *ast.FuncDecl
	for _, f := range files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == fnName {
				if decl != nil {
					return false // declared for several builds: read one, not the other
				}
				decl = fd
			}
		}
	}
	if decl == nil || decl.Body == nil {
		return false
	}
	param := paramNameAt(decl.Type, i)
	if param == "" || param == "_" {
		return false
	}
	fields := make(map[string]bool)
	ok := true
	walkWithStack(decl.Body, func(stack []ast.Node) {
		e := stack[len(stack)-1]
		if id, isIdent := e.(*ast.Ident); isIdent && id.Name == param {
			switch parent := stack[len(stack)-2].(type) {
			case *ast.SelectorExpr:
				if parent.Sel == id {
					return // x.req: a field of that name
				}
			case *ast.KeyValueExpr:
				if parent.Key == e {
					return
				}
			}
			if kv, isKV := stack[len(stack)-2].(*ast.KeyValueExpr); isKV && kv.Value == e {
				// Have: &HTTPDoError{req: req, err: err}
				if k, isKey := kv.Key.(*ast.Ident); isKey && !ast.IsExported(k.Name) {
					fields[k.Name] = true
					return
				}
			}
			ok = ok && readsRequest(stack)
		}
	})
	// Every use of the fields, anywhere in the package, reads the same way.
	for _, f := range files {
		walkWithStack(f, func(stack []ast.Node) {
			if sel, isSel := stack[len(stack)-1].(*ast.SelectorExpr); isSel && fields[sel.Sel.Name] {
				ok = ok && readsRequest(stack)
			}
		})
	}
	return ok
}

// walkWithStack calls visit with the path from root to each node.
func walkWithStack(root ast.Node, visit func(stack []ast.Node)) {
	var stack []ast.Node
	ast.Inspect(root, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		if len(stack) > 1 {
			visit(stack)
		}
		return true
	})
}

// readsRequest reports whether the expression on top of stack, a request,
// is only read there: its Method, Host or Proto, its URL as an argument of
// a fmt function, or compared with nil.
func readsRequest(stack []ast.Node) bool {
	e := stack[len(stack)-1]
	parent := stack[len(stack)-2]
	var grand ast.Node
	if len(stack) > 2 {
		grand = stack[len(stack)-3]
	}
	switch parent := parent.(type) {
	case *ast.BinaryExpr:
		other := parent.Y
		if parent.Y == e {
			other = parent.X
		}
		id, isIdent := other.(*ast.Ident)
		return (parent.Op == token.EQL || parent.Op == token.NEQ) && isIdent && id.Name == "nil"
	case *ast.SelectorExpr:
		if parent.X != e {
			return false
		}
		switch parent.Sel.Name {
		case "Method", "Host", "Proto":
			switch g := grand.(type) {
			case *ast.AssignStmt:
				return !slices.Contains(g.Lhs, ast.Expr(parent))
			case *ast.UnaryExpr:
				return g.Op != token.AND
			case *ast.IncDecStmt:
				return false
			}
			return true
		case "URL":
			// Have: fmt.Sprintf(" [request: %s %s]", h.req.Method, h.req.URL)
			call, isCall := grand.(*ast.CallExpr)
			if !isCall || !slices.Contains(call.Args, ast.Expr(parent)) {
				return false
			}
			fun, isSel := call.Fun.(*ast.SelectorExpr)
			pkg, isIdent := fun.X.(*ast.Ident)
			return isSel && isIdent && pkg.Name == "fmt"
		}
	}
	return false
}

// declaresName reports whether f declares name anywhere: a variable, a
// parameter, a function or a type.
func declaresName(f *ast.File, name string) bool {
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		var ids []*ast.Ident
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, e := range n.Lhs {
					if id, ok := e.(*ast.Ident); ok {
						ids = append(ids, id)
					}
				}
			}
		case *ast.ValueSpec:
			ids = n.Names
		case *ast.Field:
			ids = n.Names
		case *ast.FuncDecl:
			ids = []*ast.Ident{n.Name}
		case *ast.TypeSpec:
			ids = []*ast.Ident{n.Name}
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if id, ok := e.(*ast.Ident); ok {
					ids = append(ids, id)
				}
			}
		}
		for _, id := range ids {
			found = found || id.Name == name
		}
		return !found
	})
	return found
}

// paramNameAt returns the name of parameter i of ft when its type is
// written *http.Request (the package's net/http import under any name is
// not resolved: the selector's name is enough to decline the rest).
func paramNameAt(ft *ast.FuncType, i int) string {
	n := 0
	for _, field := range ft.Params.List {
		names := field.Names
		if len(names) == 0 {
			if n == i {
				return ""
			}
			n++
			continue
		}
		for _, name := range names {
			if n == i {
				star, ok := field.Type.(*ast.StarExpr)
				if !ok {
					return ""
				}
				if sel, ok := star.X.(*ast.SelectorExpr); !ok || sel.Sel.Name != "Request" {
					return ""
				}
				return name.Name
			}
			n++
		}
	}
	return ""
}
