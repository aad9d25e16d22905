package analyzer

import (
	"bytes"
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/whispirlint/whispirlint/fixer"
)

// A key computed right where the URL is built (os.Getenv("WHISPIR_API_KEY"),
// cfg.GetString("whispir.apikey")) cannot be evaluated again for the
// header: the call would run twice, at another time. When the statement
// that computes it runs nothing else before it, the fix declares the key
// in a new variable right before that statement and sends the variable:
//
//	apiKey := os.Getenv("WHISPIR_API_KEY")
//	resp, err := http.Get("https://api.au.whispir.com/workspaces?limit=1")
//
// (the Get then becomes NewRequest, the header and Do). The call runs once,
// as before, and first, as before.

// hoistedKey is a computed key moved into a variable declared at pos.
type hoistedKey struct {
	name string
	decl analysis.TextEdit // the declaration, inserted before or after the statement
	stmt ast.Stmt          // the statement that computes the key
	text string            // the declaration alone: name := key
}

// hoistKey returns the declaration that moves the computed key of flow's
// URL into a new variable, with the variable's name, or why it cannot.
// keyText is the header's value as written for the key expression.
func (p *passState) hoistKey(fnCur inspector.Cursor, key keyRef, keyText string, flow urlFlow) (hoistedKey, bool) {
	if key.expr == nil || len(key.edits) > 0 || len(flow.rets) > 0 || len(flow.params) > 0 || len(flow.reqs) == 0 && len(flow.calls) == 0 {
		return hoistedKey{}, false
	}
	call := ast.Unparen(key.expr) // a call, or an expression with one: d.tokens[rand.Intn(n)]
	info := p.pass.TypesInfo
	if _, plain := keyRoot(call); plain || p.getterField(call) != nil {
		return hoistedKey{}, false // a variable or a field: see keyStable
	}
	copying := copyConversion(info, call)
	if !copying && !hasCall(info, call) {
		return hoistedKey{}, false
	}
	if c, ok := call.(*ast.CallExpr); ok && !copying {
		if tv, ok := info.Types[c.Fun]; !ok || tv.IsType() {
			return hoistedKey{}, false // a conversion between string types is not computed (see keyStable)
		}
	}
	if !namesOnly(call) {
		// Not safe: a literal other than a name may be a secret
		// (getenv("WHISPIR_KEY", "9f3c…")), never written anew.
		return hoistedKey{}, false
	}
	if hasGoto(fnCur) {
		// Not safe: a jump into the variable's scope does not compile.
		return hoistedKey{}, false
	}
	keyCur, ok := fnCur.FindNode(key.expr)
	if !ok {
		return hoistedKey{}, false
	}
	stmt, outer, list, ok := evaluatedOnce(keyCur)
	if !ok {
		return hoistedKey{}, false
	}
	at := outer.Pos() // the declaration goes before the statement, or else after it
	if copying && !p.inertAfter(outer, call) {
		// Not safe: the copy may be made after a later call or receive
		// of the statement that changes the bytes (gc evaluates those
		// first).
		return hoistedKey{}, false
	}
	switch {
	case p.runsFirst(stmt, call):
	case outer == stmt && p.runsLast(fnCur, stmt, call):
		// After the statement's line comment, if it has one.
		rest := p.source(stmt.End())[p.offset(stmt.End()):]
		line, _, _ := bytes.Cut(rest, []byte("\n"))
		if trimmed := bytes.TrimSpace(line); len(trimmed) > 0 && !bytes.HasPrefix(trimmed, []byte("//")) {
			return hoistedKey{}, false
		}
		at = stmt.End() + token.Pos(len(line))
	default:
		return hoistedKey{}, false
	}
	if !p.visibleAt(key.expr, at) {
		return hoistedKey{}, false
	}
	// Every request must see the variable: in the statement, or after it in
	// the same block.
	for _, r := range flow.reqs {
		if r.node().Pos() < at || r.node().End() > list.End() {
			return hoistedKey{}, false
		}
	}
	for _, cf := range flow.calls {
		// Have: doRequest(ctx, uri, ...): the helper gets the variable in a
		// new parameter (see keyParam).
		if cf.call.Pos() < at || cf.call.End() > list.End() {
			return hoistedKey{}, false
		}
	}
	// One name for each key of the function, none a new parameter's: a
	// second apiKey := would not compile, or would hide the first.
	var taken []string
	for name := range p.hoisted[fnCur.Node()] {
		taken = append(taken, name)
	}
	for _, h := range p.keyParams {
		if h.decl == fnCur.Node() {
			taken = append(taken, h.name)
		}
	}
	name := ""
	for _, c := range []string{"apiKey", "whispirKey", "apiKey2", "apiKey3"} {
		if !slices.Contains(taken, c) && freshName(fnCur.Node(), c) != "" && p.freshName(outer.Pos(), c) != "" {
			name = c
			break
		}
	}
	if name == "" || containsWord(keyText, name) {
		return hoistedKey{}, false
	}
	if p.hoisted[fnCur.Node()] == nil {
		p.hoisted[fnCur.Node()] = make(map[string]bool)
	}
	p.hoisted[fnCur.Node()][name] = true
	indent := fixer.LineIndent(p.source(stmt.Pos()), p.offset(outer.Pos()))
	text := name + " := " + keyText + "\n" + indent
	if at > outer.Pos() {
		text = "\n" + indent + name + " := " + keyText
	}
	decl := analysis.TextEdit{Pos: at, End: at, NewText: []byte(text)}
	return hoistedKey{name: name, decl: decl, stmt: stmt, text: name + " := " + keyText}, true
}

// evaluatedOnce returns the statement of a block (or case clause) that
// evaluates the expression at c exactly once each time it runs, with the
// node whose statement list holds it: between the two, only string
// concatenation, call arguments, composite literal elements and the
// statement's own assignment or return. An && or a conditional branch
// may skip it; a function literal may run it later or never.
func evaluatedOnce(c inspector.Cursor) (stmt, outer ast.Stmt, list ast.Node, ok bool) {
	for c = c.Parent(); ; c = c.Parent() {
		switch n := c.Node().(type) {
		case *ast.ParenExpr, *ast.KeyValueExpr, *ast.CompositeLit, *ast.CallExpr:
			continue
		case *ast.BinaryExpr:
			if n.Op != token.ADD {
				return nil, nil, nil, false
			}
			continue
		case *ast.ValueSpec, *ast.GenDecl:
			continue
		case *ast.AssignStmt, *ast.ExprStmt, *ast.ReturnStmt, *ast.DeclStmt:
			stmt, outer := n.(ast.Stmt), n.(ast.Stmt)
			parent := c.Parent()
			switch p := parent.Node().(type) {
			case *ast.IfStmt:
				// Have: if resp, err := hc.Get(u); err == nil {...}: the
				// init runs first, once; the variable goes before the if.
				if p.Init != stmt {
					return nil, nil, nil, false
				}
				outer, parent = p, parent.Parent()
			case *ast.SwitchStmt:
				if p.Init != stmt {
					return nil, nil, nil, false
				}
				outer, parent = p, parent.Parent()
			}
			switch list := parent.Node().(type) {
			case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
				return stmt, outer, list, true
			}
			return nil, nil, nil, false
		default:
			return nil, nil, nil, false
		}
	}
}

// nameLiteral matches the string literal a moved key expression may hold:
// an environment variable's name (WHISPIR_API_KEY) or a configuration key
// (whispir.apikey): words joined by separators.
var nameLiteral = regexp.MustCompile(`^(?:[A-Z]+(?:_[A-Z]+)+|[a-z]+(?:\.[a-z]+)+)$`)

// namesOnly reports whether the key call holds no string literal but a
// name as its first argument (os.Getenv("WHISPIR_API_KEY"),
// cfg.GetString("whispir.apikey")): any other literal, such as a default
// (getenv("K", "WK_7F3A…")), may be a secret, never written anew.
func namesOnly(e ast.Expr) bool {
	ok := true
	first := make(map[ast.Expr]bool) // the first arguments of the calls in e
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if len(n.Args) > 0 {
				first[ast.Unparen(n.Args[0])] = true
			}
		case *ast.BasicLit:
			if n.Kind == token.STRING {
				s, err := strconv.Unquote(n.Value)
				ok = ok && first[n] && err == nil && nameLiteral.MatchString(s)
			}
		}
		return ok
	})
	return ok
}

// copyConversion reports whether e is a conversion to a string type of a
// value that is not a string (string(buf) of a []byte): a copy of bytes
// that may change, so a computation like a call (see keyStable).
func copyConversion(info *types.Info, e ast.Expr) bool {
	c, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(c.Args) != 1 {
		return false
	}
	tv, ok := info.Types[c.Fun]
	return ok && tv.IsType() && isStringType(tv.Type) && !isStringType(info.TypeOf(c.Args[0]))
}

// inertAfter reports whether what stmt evaluates after e can neither
// change the bytes e copies nor wait for another goroutine that may: no
// call but conversions, no receive. (The calls around e run after it
// anyway.)
func (p *passState) inertAfter(stmt ast.Stmt, e ast.Expr) bool {
	info := p.pass.TypesInfo
	ok := true
	ast.Inspect(stmt, func(n ast.Node) bool {
		if n == nil || n.Pos() < e.End() {
			return ok
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			if tv, conv := info.Types[n.Fun]; !conv || !tv.IsType() {
				ok = false
			}
		case *ast.UnaryExpr:
			ok = n.Op != token.ARROW
		case *ast.FuncLit:
			return false // not run here
		}
		return ok
	})
	return ok
}

// hasCall reports whether e calls a function (a conversion does not count).
func hasCall(info *types.Info, e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			if tv, ok := info.Types[c.Fun]; !ok || !tv.IsType() {
				found = true
			}
		}
		return !found
	})
	return found
}

// runsFirst reports whether the key call is the first thing stmt
// evaluates that can see or change the program's state: what stmt
// evaluates before it is only literals, names, field reads, + and
// conversions, which the compiler evaluates after the calls of the
// statement anyway. A call, a receive, an index, a type assertion or a
// slice expression before it declines (gc evaluates those in order).
func (p *passState) runsFirst(stmt ast.Stmt, key ast.Expr) bool {
	info := p.pass.TypesInfo
	first := true
	ast.Inspect(stmt, func(n ast.Node) bool {
		if !first || n == nil || n.Pos() >= key.Pos() {
			return false
		}
		if n.End() > key.Pos() {
			return true // around the key: checked by evaluatedOnce, or the statement
		}
		if e, ok := n.(ast.Expr); ok {
			if tv, ok := info.Types[e]; ok && tv.IsType() {
				return false
			}
		}
		switch n := n.(type) {
		case *ast.Ident, *ast.BasicLit, *ast.ParenExpr, *ast.SelectorExpr, *ast.CompositeLit, *ast.KeyValueExpr:
		case *ast.BinaryExpr:
			first = n.Op == token.ADD
		case *ast.CallExpr:
			tv, ok := info.Types[n.Fun]
			first = ok && tv.IsType() // a conversion
		default:
			first = false
		}
		return first
	})
	return first
}

// runsLast reports whether the key call is the last thing stmt does
// before it assigns its result, so that the call may run right after it
// instead: stmt assigns plain variables the key does not read (url := base
// + "/events?apikey=" + cfg.GetString("whispir.apikey")), and what stmt
// evaluates besides the calls that run before the key's is literals,
// constants, +, conversions, and local variables of basic types that no
// closure shares and whose address is never taken, so the key call cannot
// change them; a call around the key's changes nothing (fmt.Sprintf of
// such values).
func (p *passState) runsLast(fnCur inspector.Cursor, stmt ast.Stmt, key ast.Expr) bool {
	info := p.pass.TypesInfo
	var lhs []ast.Expr
	var values []ast.Expr
	switch s := stmt.(type) {
	case *ast.AssignStmt:
		if s.Tok != token.DEFINE && s.Tok != token.ASSIGN {
			return false
		}
		lhs, values = s.Lhs, s.Rhs
	case *ast.DeclStmt:
		gd, ok := s.Decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR || len(gd.Specs) != 1 {
			return false
		}
		spec := gd.Specs[0].(*ast.ValueSpec)
		if spec.Type != nil {
			return false
		}
		for _, id := range spec.Names {
			lhs = append(lhs, id)
		}
		values = spec.Values
	default:
		return false
	}
	for _, e := range lhs {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return false
		}
		if id.Name == "_" {
			continue
		}
		obj := info.ObjectOf(id)
		if obj == nil || mentions(info, key, obj) || !p.unshared(fnCur, obj) {
			return false
		}
	}
	last := true
	for _, v := range values {
		ast.Inspect(v, func(n ast.Node) bool {
			if !last || n == nil || n == key {
				return false
			}
			switch n := n.(type) {
			case *ast.BasicLit, *ast.ParenExpr:
			case *ast.BinaryExpr:
				last = n.Op == token.ADD
			case *ast.CallExpr:
				if n.End() <= key.Pos() {
					return false // runs before the key call either way
				}
				if tv, ok := info.Types[n.Fun]; ok && tv.IsType() {
					return true // a conversion
				}
				// Have: fmt.Sprintf(..., key()) around the key, which
				// changes nothing and reads only what is checked here.
				last = n.Pos() < key.Pos() && p.harmlessCall(n)
				if last {
					for _, arg := range n.Args {
						ast.Inspect(arg, func(m ast.Node) bool { return m != key && last && p.plainOperand(fnCur, m, &last) })
					}
				}
				return false
			default:
				return p.plainOperand(fnCur, n, &last)
			}
			return last
		})
	}
	return last
}

// plainOperand checks one node of what runsLast lets run before the key
// call: a literal, a constant, a type, + or a conversion, or a local
// variable of a basic type only this function's statements change. It
// clears *ok otherwise.
func (p *passState) plainOperand(fnCur inspector.Cursor, n ast.Node, ok *bool) bool {
	info := p.pass.TypesInfo
	if n == nil {
		return false
	}
	if e, isExpr := n.(ast.Expr); isExpr {
		if tv, found := info.Types[e]; found && (tv.IsType() || tv.Value != nil) {
			return false // a type, or a constant
		}
	}
	switch n := n.(type) {
	case *ast.BasicLit, *ast.ParenExpr:
	case *ast.BinaryExpr:
		*ok = n.Op == token.ADD
	case *ast.CallExpr:
		tv, found := info.Types[n.Fun]
		*ok = found && tv.IsType()
	case *ast.Ident:
		v, isVar := info.Uses[n].(*types.Var)
		if !isVar {
			*ok = info.Uses[n] != nil // a function named, nil
			break
		}
		_, basic := v.Type().Underlying().(*types.Basic)
		*ok = basic && p.unshared(fnCur, v)
	default:
		*ok = false
	}
	return *ok
}

// unshared reports whether obj is a local variable of the function at
// fnCur that no closure mentions and whose address is never taken: only
// the function's own statements change it.
func (p *passState) unshared(fnCur inspector.Cursor, obj types.Object) bool {
	if !p.localOf(fnCur, obj) {
		return false
	}
	ok := true
	ast.Inspect(fnCur.Node(), func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			ok = ok && !mentions(p.pass.TypesInfo, n, obj)
		case *ast.UnaryExpr:
			ok = ok && !(n.Op == token.AND && p.objectOf(n.X) == obj)
		case *ast.SelectorExpr:
			// Have: v.M() with a pointer receiver takes &v.
			if sel := p.pass.TypesInfo.Selections[n]; sel != nil && sel.Kind() == types.MethodVal && p.objectOf(n.X) == obj {
				if _, ptr := sel.Obj().Type().(*types.Signature).Recv().Type().(*types.Pointer); ptr {
					ok = false
				}
			}
		}
		return ok
	})
	return ok
}

// withHoisted adds the declaration of h to edits, which must use it (a
// request that already sends the header does not): it goes first in an
// edit that starts where the statement does (a shortcut's rewrite), or
// replaces the statement where the key's removal deletes it whole
// (q.Set("apikey", os.Getenv("K"))).
func (p *passState) withHoisted(edits []analysis.TextEdit, h hoistedKey) ([]analysis.TextEdit, string) {
	const computed = "the key expression is computed, and the fix cannot declare it in a variable here: store it in a variable before the URL is built"
	used := false
	for _, e := range edits {
		used = used || containsWord(string(e.NewText), h.name)
	}
	if !used {
		return nil, computed
	}
	for i, e := range edits {
		switch {
		case e.Pos == h.decl.Pos && e.End > e.Pos:
			edits[i].NewText = append(append([]byte{}, h.decl.NewText...), e.NewText...)
			return edits, ""
		case e.Pos <= h.decl.Pos && h.decl.Pos < e.End:
			src, from, to := p.source(e.Pos), p.offset(e.Pos), p.offset(e.End)
			at, end := p.offset(h.stmt.Pos()), p.offset(h.stmt.End())
			if len(e.NewText) > 0 || h.decl.Pos != h.stmt.Pos() || from > at || end > to ||
				len(bytes.TrimSpace(src[from:at])) > 0 || len(bytes.TrimSpace(src[end:to])) > 0 {
				return nil, computed
			}
			// Have: the statement that computes the key is deleted: it
			// declares the variable instead.
			text := string(src[from:at]) + h.text + string(src[end:to])
			edits[i].NewText = []byte(text)
			return edits, ""
		}
	}
	return append(edits, h.decl), ""
}
