package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/whispirlint/whispirlint/fixer"
)

// Stray key parameters. A URL may get its key somewhere the flow model does
// not see: a helper that adds "apikey" to any url.Values (addOptions), a
// transport that adds it to every request, a struct tag `url:"apikey"`, a
// template filled by a strings.Replacer. A host rewritten there would send
// the key in the query of a regional URL, which fails as surely as the
// retired host. So every mention of the key parameter in a package must be
// accounted for by a site whose fix is offered; any other one is reported,
// and no fix of the package is offered until it is migrated by hand.

// A stray is a mention of the key parameter that no fixed site accounts for.
type stray struct {
	node  ast.Node
	what  string // for the message: "the key parameter", "a struct tag ..."
	test  bool   // in a _test.go file: it blocks the fixes of test files only
	write bool   // it writes the parameter: a key of a composite literal, the first argument of Set or Add, an index assigned to
}

// findStrays returns the mentions of the key parameter in files that lie
// outside every WL02 site.
func (p *passState) findStrays(files []inspector.Cursor) []stray {
	var out []stray
	for _, fc := range files {
		for cur := range fc.Preorder((*ast.BasicLit)(nil), (*ast.Ident)(nil)) {
			n := cur.Node()
			var what string
			switch n := n.(type) {
			case *ast.BasicLit:
				if n.Kind != token.STRING {
					continue
				}
				if field, ok := cur.Parent().Node().(*ast.Field); ok && field.Tag == n {
					if tagNamesKey(n.Value) {
						what = "a struct tag that names the key parameter"
					}
					break
				}
				v, ok := p.stringValue(n)
				if !ok || !fixer.MentionsKeyParam(v) || !mentionsKeyParam(v) || p.inKeySite(n) || p.inConstDecl(cur) || p.onOtherBase(cur) || p.isReadArg(cur) || p.loggedOnly(cur) || p.namesFlag(cur) {
					continue
				}
				what = "the key parameter"
			case *ast.Ident:
				// Have: q.Set(wire.KeyParam, k), a constant of another package.
				c, ok := p.pass.TypesInfo.Uses[n].(*types.Const)
				if !ok || c.Pkg() == p.pass.Pkg || !isStringType(c.Type()) {
					continue
				}
				if v, ok := constantString(c.Val()); !ok || !mentionsKeyParam(v) {
					continue
				}
				what = "the key parameter (in " + c.Name() + ")"
			}
			if what == "" || p.inKeySite(n) || p.forOtherService(cur) {
				continue
			}
			out = append(out, stray{n, what, p.isTestFile(n.Pos()), writesKey(cur)})
		}
	}
	return out
}

// onOtherBase reports whether the literal at cur continues a URL whose
// base is known not to be Whispir's: an unexported field or package
// variable of this package never given a Whispir URL (m.base +
// "/geocode?apikey=" + m.key, where base is set nowhere or to another host).
func (p *passState) onOtherBase(cur inspector.Cursor) bool {
	c := cur
	for {
		parent, ok := c.Parent().Node().(*ast.BinaryExpr)
		if !ok || !p.isConcat(parent) {
			break
		}
		c = c.Parent()
	}
	root, ok := c.Node().(*ast.BinaryExpr)
	if !ok || root == cur.Node() {
		return false
	}
	first := root.X
	for {
		b, ok := first.(*ast.BinaryExpr)
		if !ok || !p.isConcat(b) {
			break
		}
		first = b.X
	}
	v, ok := p.objectOf(first).(*types.Var)
	if !ok || v.Exported() || v.Pkg() != p.pass.Pkg || p.whispirObjs[v] || !(v.IsField() || v.Parent() == p.pass.Pkg.Scope()) {
		return false
	}
	for _, n := range p.declarations(v) {
		if e, ok := n.(ast.Expr); !ok || !p.isOtherURL(e) {
			return false
		}
	}
	return true
}

// isOtherURL reports whether e is a constant URL of another host.
func (p *passState) isOtherURL(e ast.Expr) bool {
	s, ok := p.stringValue(e)
	return ok && strings.Contains(s, "://") && len(fixer.FindHosts(s)) == 0
}

// mentionsKeyParam reports whether a string names the key parameter: the
// name alone ("apikey"), or a query with it ("?apikey=", "&apiKey={key}").
func mentionsKeyParam(v string) bool {
	if fixer.IsKeyParam(strings.TrimSpace(v)) {
		return true
	}
	return fixer.FindKeyParam([]fixer.Part{{Text: v}}, true)
}

// tagNamesKey reports whether a struct tag names the key parameter for a
// URL query encoder (url, query, form, schema or param keys).
func tagNamesKey(lit string) bool {
	tag, err := strconv.Unquote(lit)
	if err != nil {
		return false
	}
	for _, key := range []string{"url", "query", "form", "schema", "param"} {
		name, _, _ := strings.Cut(reflect.StructTag(tag).Get(key), ",")
		if fixer.IsKeyParam(name) {
			return true
		}
	}
	return false
}

// inKeySite reports whether n lies in a WL02 site (fixed or reported).
func (p *passState) inKeySite(n ast.Node) bool {
	return p.keySites().holds(n.Pos(), n.End())
}

// inConstDecl reports whether the literal at cur is the value of a
// constant declaration whose every use lies in a WL02 site: the site
// accounts for it (keyParam = "?apikey=").
func (p *passState) inConstDecl(cur inspector.Cursor) bool {
	spec, ok := enclosingSpec(cur).(*ast.ValueSpec)
	if !ok {
		return false
	}
	for _, name := range spec.Names {
		obj, ok := p.pass.TypesInfo.Defs[name].(*types.Const)
		if !ok {
			return false
		}
		for _, id := range p.constUses()[obj] {
			if !p.inKeySite(id) {
				return false
			}
		}
	}
	return true
}

// forOtherService reports whether the function around cur talks to
// another service and never to Whispir: its key parameter is not ours.
func (p *passState) forOtherService(cur inspector.Cursor) bool {
	if lit, ok := cur.Node().(*ast.BasicLit); ok {
		// Have: "https://maps.example.com/geo?apikey=" + k.
		if v, ok := p.stringValue(lit); ok && strings.Contains(v, "://") && len(fixer.FindHosts(v)) == 0 {
			return true
		}
	}
	body := enclosingBody(cur)
	if body == nil || p.funcMentionsWhispir(body) {
		return false
	}
	other := false
	ast.Inspect(body, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			if v, ok := p.stringValue(lit); ok && (strings.Contains(v, "://") && len(fixer.FindHosts(v)) == 0) {
				other = true
			}
		}
		return !other
	})
	return other
}

func (p *passState) isTestFile(pos token.Pos) bool {
	return strings.HasSuffix(p.pass.Fset.File(pos).Name(), "_test.go")
}

// blockStrays reports each stray and withdraws every fix it may undo: all
// of the package's for a stray in a non-test file; for a stray in a test
// file, those of test files and every host rewrite (test code shares the
// package's names: it may add the key to a URL built in a non-test file).
func (p *passState) blockStrays(strays []stray) {
	// A stray the user suppressed (//whispirlint:ignore WL02 not Whispir's)
	// is theirs to vouch for.
	strays = slices.DeleteFunc(strays, func(s stray) bool {
		return p.dropped != nil && p.dropped(ruleKeyInQuery.ID, s.node.Pos())
	})
	if !p.migratesHosts() {
		// Nothing here a stray could undo, but a host may be rewritten
		// elsewhere (another package, a configuration file): a key left in
		// the query is still reported where Whispir is in sight.
		for _, s := range strays {
			if sc := p.cfg.scope; sc != nil && (!s.test || s.write) {
				// The host of the URL it goes to may be another package's,
				// which a whole-program driver then holds.
				sc.recordKeyed(p.pass.Pkg.Path(), p.fileLine(s.node.Pos()))
			}
			// A test that mentions the key (an oracle checking it is gone)
			// sends nothing a fix here would break.
			if !s.test && p.whispirInSight(s.node) {
				p.held = append(p.held, &heldReport{rule: ruleKeyInQuery, pos: s.node.Pos(), end: s.node.End(),
					msg: "Whispir API key may be sent as a query parameter: " + s.what +
						" is used where the fix cannot follow it; if it goes to Whispir, remove it and set the x-api-key header by hand"})
			}
		}
		return
	}
	for _, s := range strays {
		reach, outside := p.strayReach(s.node)
		until := "Until then no Whispir fix is offered in this package"
		if reach != nil && !outside {
			until = "Until then no Whispir fix is offered in the functions that share values with it"
		}
		p.held = append(p.held, &heldReport{rule: ruleKeyInQuery, pos: s.node.Pos(), end: s.node.End(),
			msg: "Whispir API key may be sent as a query parameter: " + s.what +
				" is used where the fix cannot follow it; if it goes to Whispir, remove it and set the x-api-key header by hand. " + until})
		reached := func(pos token.Pos) bool {
			fd := p.topFuncAt(pos)
			if fd == nil {
				return outside
			}
			return reach[fd]
		}
		for _, k := range p.keys {
			if k.fix == nil || reach == nil && s.test && !p.isTestFile(k.pos) && !p.migrates(k.fix) || reach != nil && !reached(k.pos) {
				continue
			}
			k.fix = nil
			k.msg += "; the package also uses " + s.what + " at " + p.lineFrom(s.node.Pos(), k.pos) +
				", which the fix cannot follow: migrate that first"
		}
		if reach == nil || outside {
			for _, f := range p.pass.Files {
				p.declined = append(p.declined, declinedRange{pos: f.FileStart, end: f.FileEnd, site: s.node.Pos()})
			}
			continue
		}
		// The hosts the reached functions build URLs from stay as they are.
		why := s.what + " at " + p.pass.Fset.Position(s.node.Pos()).String() + " is used where the fix cannot follow it"
		for fd := range reach {
			p.declined = append(p.declined, declinedRange{pos: fd.Pos(), end: fd.End(), site: s.node.Pos()})
			ast.Inspect(fd, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok {
					if obj := p.pass.TypesInfo.Uses[id]; obj != nil && p.urlName(obj) && p.holdsLegacyHost(obj) {
						if _, ok := p.strayHeld[obj]; !ok {
							p.strayHeld[obj] = why
						}
					}
				}
				return true
			})
		}
	}
}

// topFuncAt returns the top-level function declaration holding pos, or nil.
func (p *passState) topFuncAt(pos token.Pos) *ast.FuncDecl {
	fd, _ := p.funcAt(pos).(*ast.FuncDecl)
	return fd
}

// whispirInSight reports whether the package shows Whispir evidence for a
// stray at n: a Whispir report of its own, a name holding a Whispir URL,
// Whispir in the function around n, or a retired host in a package of the
// module that imports this one or that it imports (a base kept in another
// package's defaults reaches the client here that adds the key).
func (p *passState) whispirInSight(n ast.Node) bool {
	if len(p.keys) > 0 || len(p.whispirObjs) > 0 {
		return true
	}
	if idx := p.moduleIndex(); idx != nil && idx.connectedHost(p.pass.Pkg.Path()) != "" {
		return true
	}
	if p.writesWhispirHost() {
		return true // Have: a regional host written elsewhere in the package
	}
	for _, h := range p.held {
		if h.legacy != nil {
			return true
		}
	}
	for _, f := range p.pass.Files {
		if f.FileStart <= n.Pos() && n.Pos() <= f.FileEnd {
			path, _ := astutil.PathEnclosingInterval(f, n.Pos(), n.End())
			for _, e := range path {
				switch fn := e.(type) {
				case *ast.FuncDecl:
					return p.funcMentionsWhispir(fn.Body)
				case *ast.FuncLit:
					if p.funcMentionsWhispir(fn.Body) {
						return true
					}
				}
			}
		}
	}
	return false
}

// writesWhispirHost reports, once per pass, whether a file of the package
// writes a Whispir host, retired or regional, in a string literal.
func (p *passState) writesWhispirHost() bool {
	if p.whispirHost == nil {
		found := false
		for _, fc := range p.whispirFiles {
			for c := range fc.Preorder((*ast.BasicLit)(nil)) {
				lit := c.Node().(*ast.BasicLit)
				if v, ok := p.stringValue(lit); ok && lit.Kind == token.STRING && len(fixer.FindHosts(v)) > 0 {
					found = true
					break
				}
			}
			if found {
				break
			}
		}
		p.whispirHost = &found
	}
	return *p.whispirHost
}

// migratesHosts reports whether a held fix rewrites a retired host.
func (p *passState) migratesHosts() bool {
	for _, h := range p.held {
		if h.legacy != nil && h.legacy.fix != nil {
			return true
		}
		if h.key != nil && h.key.fix != nil && p.migrates(h.key.fix) {
			return true
		}
	}
	return false
}

// migrates reports whether a fix rewrites a retired host.
func (p *passState) migrates(fix *analysis.SuggestedFix) bool {
	if p.region == "" {
		return false
	}
	for _, e := range fix.TextEdits {
		if strings.Contains(string(e.NewText), fixer.RegionalHost(p.region)) {
			return true
		}
	}
	return false
}

// stringReads are the functions of strings and bytes that only look at
// their arguments: a key parameter named there is searched for, not added.
var stringReads = map[string]bool{
	"Contains": true, "ContainsAny": true, "Count": true, "EqualFold": true, "HasPrefix": true,
	"HasSuffix": true, "Index": true, "IndexAny": true, "LastIndex": true, "Compare": true,
	"Cut": true, "CutPrefix": true, "CutSuffix": true, "TrimPrefix": true, "TrimSuffix": true,
}

// isReadArg reports whether the literal at cur is what a call only reads
// (see readsArg), or names a header: req.Header.Set("apikey", k) is
// another API's header, not a query parameter.
func (p *passState) isReadArg(cur inspector.Cursor) bool {
	if ix, ok := cur.Parent().Node().(*ast.IndexExpr); ok && ix.Index == cur.Node() {
		return isNamed(p.pass.TypesInfo.TypeOf(ix.X), "net/http", "Header")
	}
	call, ok := cur.Parent().Node().(*ast.CallExpr)
	if !ok {
		return false
	}
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok && isNamed(p.pass.TypesInfo.TypeOf(sel.X), "net/http", "Header") {
		return true
	}
	if fn, ok := typeutil.Callee(p.pass.TypesInfo, call).(*types.Func); ok && fn.Pkg() != nil &&
		(fn.Pkg().Path() == "strings" || fn.Pkg().Path() == "bytes") && stringReads[fn.Name()] {
		return true // Have: strings.Contains(u.RawQuery, "apikey"): a test of a text
	}
	return readsArg(call, cur.Node())
}

// namesFlag reports whether the literal at cur names a command-line flag:
// the first argument of a function of flag or spf13/pflag, or of a method
// of their FlagSet (flag.String("apikey", "", "..."),
// cmd.Flags().StringVar(&k, "apiKey", ...)), or the Name of a urfave/cli
// flag (&cli.StringFlag{Name: "apiKey"}). Command-line parsing reads it;
// no query does.
func (p *passState) namesFlag(cur inspector.Cursor) bool {
	if p.flagsByName() {
		return false // Have: flag.VisitAll(func(f *flag.Flag) { q.Set(f.Name, ...) })
	}
	switch parent := cur.Parent().Node().(type) {
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(p.pass.TypesInfo, parent).(*types.Func)
		if !ok || fn.Pkg() == nil || !isFlagSetPackage(fn.Pkg().Path()) || !flagDefinition.MatchString(fn.Name()) {
			return false
		}
		// The name is the first argument, or the second after the
		// variable a ...Var function fills.
		i := indexOf(parent.Args, cur.Node().(ast.Expr))
		return i == 0 || i == 1 && strings.HasSuffix(strings.TrimSuffix(fn.Name(), "P"), "Var")
	case *ast.KeyValueExpr:
		lit, ok := cur.Parent().Parent().Node().(*ast.CompositeLit)
		if !ok || parent.Value != cur.Node() || !isIdentNamed(parent.Key, "Name") {
			return false
		}
		named, ok := derefType(p.pass.TypesInfo.TypeOf(lit)).(*types.Named)
		return ok && named.Obj().Pkg() != nil && strings.HasPrefix(named.Obj().Pkg().Path(), "github.com/urfave/cli") && strings.HasSuffix(named.Obj().Name(), "Flag")
	}
	return false
}

// flagDefinition matches the functions of flag and pflag that define a
// flag (String, StringVar, StringVarP, Func, Var, ...), not those that look
// one up or set it (Lookup, Set).
var flagDefinition = regexp.MustCompile(`^(Bool|Duration|Float(32|64)|Func|Int(8|16|32|64)?|String|StringArray|StringSlice|StringToString|Text|Uint(8|16|32|64)?|Count|IP|IPMask|IPNet|BytesHex|BytesBase64)?(Slice)?(Var|Func)?P?$`)

// flagsByName reports whether the package reads flags by name at run time
// (Visit, VisitAll, Lookup, FlagNames, or the Name of a flag.Flag): then a
// flag named after the key parameter may be put into a query.
func (p *passState) flagsByName() bool {
	if p.flagNames != nil {
		return *p.flagNames
	}
	found := false
	for sel, s := range p.pass.TypesInfo.Selections {
		switch sel.Sel.Name {
		case "Visit", "VisitAll", "Lookup", "ShorthandLookup", "FlagNames", "LocalFlagNames", "Name":
			if s.Obj().Pkg() != nil && isFlagPackage(s.Obj().Pkg().Path()) {
				found = true
			}
		}
	}
	for id, obj := range p.pass.TypesInfo.Uses {
		if fn, ok := obj.(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "flag" && (id.Name == "Visit" || id.Name == "VisitAll" || id.Name == "Lookup") {
			found = true
		}
	}
	p.flagNames = &found
	return found
}

// readsArg reports whether arg is the first argument of a Get, Has or
// Values call (q.Get("apikey")): a name the call only reads.
func readsArg(call *ast.CallExpr, arg ast.Node) bool {
	if len(call.Args) == 0 || call.Args[0] != arg {
		return false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	return ok && (sel.Sel.Name == "Get" || sel.Sel.Name == "Has" || sel.Sel.Name == "Values")
}

// loggedOnly reports whether the key parameter at cur is set on a query
// that goes nowhere but a log line: the first argument of X.Set or X.Add,
// where X is a url.Values variable of the function made fresh there
// (u.Query() copies, url.Values{}, make(url.Values)), only ever edited,
// read, or encoded straight into a print. A key set there (redacted, most
// often) reaches no request.
func (p *passState) loggedOnly(cur inspector.Cursor) bool {
	call, ok := cur.Parent().Node().(*ast.CallExpr)
	if !ok || len(call.Args) != 2 || call.Args[0] != cur.Node() {
		return false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || (sel.Sel.Name != "Set" && sel.Sel.Name != "Add") {
		return false
	}
	info := p.pass.TypesInfo
	id := asIdent(sel.X)
	if id == nil {
		return false
	}
	obj, ok := info.Uses[id].(*types.Var)
	fnCur, body := enclosingFunc(cur)
	if !ok || body == nil || !isNamed(obj.Type(), "net/url", "Values") || obj.Pos() < body.Pos() || obj.Pos() > body.End() {
		return false
	}
	fresh := false
	for c := range fnCur.Preorder((*ast.Ident)(nil)) {
		use := c.Node().(*ast.Ident)
		if info.Defs[use] == obj {
			fresh = p.freshValues(c)
			continue
		}
		if info.Uses[use] != obj {
			continue
		}
		s, ok := c.Parent().Node().(*ast.SelectorExpr)
		if !ok || s.X != use {
			return false
		}
		m, ok := c.Parent().Parent().Node().(*ast.CallExpr)
		if !ok || m.Fun != s {
			return false
		}
		switch s.Sel.Name {
		case "Set", "Add", "Del", "Get", "Has":
		case "Encode":
			print, ok := c.Parent().Parent().Parent().Node().(*ast.CallExpr)
			if !ok || !p.isPrint(print) {
				return false
			}
		default:
			return false
		}
	}
	return fresh
}

// freshValues reports whether the defining identifier at c gets a url.Values
// of its own: x := u.Query(), url.Values{...} or make(url.Values).
func (p *passState) freshValues(c inspector.Cursor) bool {
	as, ok := c.Parent().Node().(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 || as.Lhs[0] != c.Node() {
		return false
	}
	switch rhs := ast.Unparen(as.Rhs[0]).(type) {
	case *ast.CompositeLit:
		return true
	case *ast.CallExpr:
		if id, ok := rhs.Fun.(*ast.Ident); ok && id.Name == "make" {
			_, builtin := p.pass.TypesInfo.Uses[id].(*types.Builtin)
			return builtin
		}
		fn, ok := typeutil.Callee(p.pass.TypesInfo, rhs).(*types.Func)
		return ok && fn.Name() == "Query" && fn.Pkg() != nil && fn.Pkg().Path() == "net/url" && isNamed(derefType(fn.Signature().Recv().Type()), "net/url", "URL")
	}
	return false
}

// isPrint reports whether call writes a log line or prints: log, log/slog,
// fmt's Print and Fprint families, and testing's Log, Error and Fatal.
func (p *passState) isPrint(call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(p.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return false
	}
	name := fn.Name()
	switch fn.Pkg().Path() {
	case "log", "log/slog":
		return true
	case "fmt":
		return strings.HasPrefix(name, "Print") || strings.HasPrefix(name, "Fprint")
	case "testing":
		return strings.HasPrefix(name, "Log") || strings.HasPrefix(name, "Error") || strings.HasPrefix(name, "Fatal") || strings.HasPrefix(name, "Skip")
	}
	return false
}

// writesKey reports whether the mention at cur writes the key parameter:
// the key of a composite literal, the first argument of a Set or Add call,
// or an index assigned to.
func writesKey(cur inspector.Cursor) bool {
	n := cur.Node()
	switch parent := cur.Parent().Node().(type) {
	case *ast.KeyValueExpr:
		return parent.Key == n
	case *ast.CallExpr:
		sel, ok := parent.Fun.(*ast.SelectorExpr)
		return ok && len(parent.Args) == 2 && parent.Args[0] == n && (sel.Sel.Name == "Set" || sel.Sel.Name == "Add")
	case *ast.IndexExpr:
		as, ok := cur.Parent().Parent().Node().(*ast.AssignStmt)
		return ok && parent.Index == n && indexOf(as.Lhs, parent) >= 0
	}
	return false
}
