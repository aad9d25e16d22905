package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/whispirlint/whispirlint/fixer"
)

// The URL site model: a string built from constant text and holes (a
// concatenation, or a format and its arguments), which the rules read and
// whose fixes rewrite only the parts that change.

// A urlSite is a string the program builds from parts: a concatenation
// (a lone literal is a concatenation of one), or a format string and its
// arguments.
type urlSite struct {
	node  ast.Expr        // the whole expression: the URL's value
	parts []fixer.Part    // its constant text and holes
	exprs []ast.Expr      // exprs[i]: the operand (or format argument) behind parts[i]
	lits  []*ast.BasicLit // the literals whose text the site may rewrite

	constFormat bool // the format is a constant used by this call alone (see formatConstants)
	// rewrite returns the edits that turn the site into the given parts.
	rewrite func(parts []fixer.Part, removed []bool) ([]analysis.TextEdit, string)
}

// ownsText reports whether part i is constant text written in one of the
// site's own literals, which its fix may rewrite.
func (s *urlSite) ownsText(i int) bool {
	if s.parts[i].Hole {
		return false
	}
	lit, ok := s.exprs[i].(*ast.BasicLit)
	return ok && slices.Contains(s.lits, lit)
}

func (p *passState) isConcat(e ast.Expr) bool {
	b, ok := e.(*ast.BinaryExpr)
	return ok && b.Op == token.ADD && p.isString(b)
}

// isConcatOperand reports whether cur is an operand of a larger concatenation.
func (p *passState) isConcatOperand(cur inspector.Cursor) bool {
	parent, ok := cur.Parent().Node().(ast.Expr)
	return ok && p.isConcat(parent)
}

// concatSite models a + b + c (or a lone literal) as a site.
func (p *passState) concatSite(root ast.Expr) *urlSite {
	var ops []ast.Expr
	var flatten func(e ast.Expr)
	flatten = func(e ast.Expr) {
		if b, ok := e.(*ast.BinaryExpr); ok && p.isConcat(b) {
			flatten(b.X)
			flatten(b.Y)
			return
		}
		ops = append(ops, e)
	}
	flatten(root)
	s := &urlSite{node: root, exprs: ops, parts: make([]fixer.Part, len(ops))}
	for i, op := range ops {
		if v, ok := p.stringValue(op); ok {
			s.parts[i] = fixer.Part{Text: v}
		} else {
			s.parts[i] = fixer.Part{Hole: true}
		}
		if lit, ok := op.(*ast.BasicLit); ok {
			s.lits = append(s.lits, lit)
			p.consumed[lit] = true
		}
	}
	s.rewrite = func(parts []fixer.Part, removed []bool) ([]analysis.TextEdit, string) {
		return p.rewriteConcat(ops, parts, removed)
	}
	return s
}

// rewriteConcat rebuilds the smallest run of operands that changed: changed
// literals are requoted, removed operands dropped, and adjacent literals
// merged ("/m?" + "limit=1" becomes "/m?limit=1").
func (p *passState) rewriteConcat(ops []ast.Expr, parts []fixer.Part, removed []bool) ([]analysis.TextEdit, string) {
	type operand struct {
		text    string
		lit     bool   // a literal whose value is val
		val     string // for literals
		changed bool
	}
	first, last := -1, -1
	var out []operand
	for i, op := range ops {
		lit, isLit := op.(*ast.BasicLit)
		old, _ := p.stringValue(op)
		changed := removed[i] || (!parts[i].Hole && parts[i].Text != old)
		if changed {
			if first < 0 {
				first = i
			}
			last = i
		}
		if removed[i] || (!parts[i].Hole && parts[i].Text == "" && changed) {
			out = append(out, operand{changed: true, text: ""})
			continue
		}
		o := operand{text: p.text(op), changed: changed}
		switch {
		case isLit:
			o.lit, o.val = true, parts[i].Text
			if changed {
				o.text = fixer.QuoteLike(lit.Value, o.val)
			}
		case changed:
			// Have: scheme + host + "/events" + keyParam + key + "&x=1", where
			// the constant keyParam ("?apikey=") must become "?": use its new
			// value as a literal.
			o.lit, o.val, o.text = true, parts[i].Text, strconv.Quote(parts[i].Text)
		}
		out = append(out, o)
	}
	if first < 0 {
		return nil, ""
	}
	// Widen the run to neighbouring literals so they can merge.
	for first > 0 && out[first-1].lit && (out[first].lit || out[first].text == "") {
		first--
	}
	for last+1 < len(out) && out[last+1].lit && (out[last].lit || out[last].text == "") {
		last++
	}
	var pieces []string
	var merged *strings.Builder
	var mergedRaw string
	flush := func() {
		if merged != nil {
			pieces = append(pieces, fixer.QuoteLike(mergedRaw, merged.String()))
			merged = nil
		}
	}
	for _, o := range out[first : last+1] {
		switch {
		case o.text == "":
		case o.lit:
			if merged == nil {
				merged, mergedRaw = new(strings.Builder), o.text
			}
			merged.WriteString(o.val)
		default:
			flush()
			pieces = append(pieces, o.text)
		}
	}
	flush()
	from, to := ops[first].Pos(), ops[last].End()
	if len(pieces) == 0 {
		switch {
		case first > 0:
			from = ops[first-1].End()
		case last+1 < len(ops):
			to = ops[last+1].Pos()
		default:
			// Have: RawQuery: "apikey=" + key, with nothing left.
			return []analysis.TextEdit{{Pos: from, End: to, NewText: []byte(`""`)}}, ""
		}
	}
	return []analysis.TextEdit{{Pos: from, End: to, NewText: []byte(strings.Join(pieces, " + "))}}, ""
}

// isURLPiece reports whether the string at cur is written piece by piece
// into a URL: given to a builder's WriteString, or an element of the
// slice given to strings.Join or path.Join.
func (p *passState) isURLPiece(cur inspector.Cursor) bool {
	parent := cur.Parent()
	if lit, ok := parent.Node().(*ast.CompositeLit); ok {
		if call, ok := parent.Parent().Node().(*ast.CallExpr); ok && len(call.Args) > 0 && call.Args[0] == lit {
			fn, _ := typeutil.Callee(p.pass.TypesInfo, call).(*types.Func)
			return fn != nil && fn.Pkg() != nil && fn.Name() == "Join" && (fn.Pkg().Path() == "strings" || fn.Pkg().Path() == "path")
		}
		return false
	}
	call, ok := parent.Node().(*ast.CallExpr)
	if !ok || ast.Unparen(call.Fun) == cur.Node() {
		return false
	}
	fn, _ := typeutil.Callee(p.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "strings.WriteString", "bytes.WriteString", "bufio.WriteString", "io.WriteString", "path.Join", "net/url.JoinPath":
		return true
	}
	return false
}

// siteIsWhispir reports whether the URL of a site goes to Whispir.
func (p *passState) siteIsWhispir(cur inspector.Cursor, s *urlSite, bare bool) bool {
	for i, part := range s.parts {
		if !part.Hole && len(fixer.FindHosts(part.Text)) > 0 {
			return true
		}
		if part.Hole && p.exprIsWhispir(s.exprs[i]) {
			return true
		}
	}
	if bare {
		// Have: url.URL{Host: ..., RawQuery: "apikey=" + k} or u.RawQuery = ...
		return p.funcMentionsWhispir(enclosingBody(cur))
	}
	return false
}

// isRawQuery reports whether e is assigned to a url.URL's RawQuery, where
// the query has no leading '?'.
func (p *passState) isRawQuery(cur inspector.Cursor, e ast.Expr) bool {
	switch parent := cur.Parent().Node().(type) {
	case *ast.KeyValueExpr:
		if id, ok := parent.Key.(*ast.Ident); ok && id.Name == "RawQuery" && parent.Value == e {
			return isURLField(p.pass.TypesInfo.ObjectOf(id))
		}
	case *ast.AssignStmt:
		for i, rhs := range parent.Rhs {
			if rhs == e && i < len(parent.Lhs) {
				if sel, ok := parent.Lhs[i].(*ast.SelectorExpr); ok && sel.Sel.Name == "RawQuery" {
					return isURLField(p.pass.TypesInfo.ObjectOf(sel.Sel))
				}
			}
		}
	}
	return false
}

func isURLField(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && v.IsField() && v.Pkg() != nil && v.Pkg().Path() == "net/url"
}

// formatSite models fmt.Sprintf(format, args...) as a site whose holes are
// the verbs. Formats it cannot map verb to argument are left to the
// literal checks.
func (p *passState) formatSite(call *ast.CallExpr) *urlSite {
	format, ok := p.stringValue(call.Args[0])
	if !ok || call.Ellipsis.IsValid() {
		return nil
	}
	parts, ok := fixer.ParseFormat(format)
	if !ok {
		return nil
	}
	s := &urlSite{node: call, parts: parts, exprs: make([]ast.Expr, len(parts))}
	arg := 1
	for i, part := range parts {
		if part.Hole {
			if arg >= len(call.Args) {
				return nil
			}
			s.exprs[i] = call.Args[arg]
			arg++
		} else {
			s.exprs[i] = call.Args[0]
		}
	}
	if arg != len(call.Args) {
		return nil
	}
	lit, isLit := call.Args[0].(*ast.BasicLit)
	if c, ok := p.formatConsts[call]; ok {
		// Have: fmt.Sprintf(sendURL, token), sendURL a constant of this
		// package used there alone: its literal is the site's own.
		lit, isLit = c, true
		s.constFormat = true
		for i := range s.exprs {
			if !parts[i].Hole {
				s.exprs[i] = c
			}
		}
	}
	if isLit {
		s.lits = []*ast.BasicLit{lit}
		p.consumed[lit] = true
	}
	s.rewrite = func(newParts []fixer.Part, removed []bool) ([]analysis.TextEdit, string) {
		if !isLit {
			return nil, fmt.Sprintf("the format is the constant %s: remove the API key parameter from it by hand", p.text(call.Args[0]))
		}
		newFormat := fixer.JoinFormat(newParts, removed)
		if s.constFormat && p.sprintfCollapses(call, newParts, removed, newFormat) {
			// Have: fmt.Sprintf(sendURL, token), whose key was its only
			// argument: the constant alone.
			return []analysis.TextEdit{
				fixer.ReplaceNode(lit, fixer.QuoteLike(lit.Value, newFormat)),
				fixer.ReplaceNode(call, p.text(call.Args[0])),
			}, ""
		}
		if !s.constFormat && p.sprintfCollapses(call, newParts, removed, newFormat) {
			// Have: fmt.Sprintf("https://api.whispir.com/x?apikey=%s", key),
			// whose key was its only argument: the literal alone.
			return []analysis.TextEdit{fixer.ReplaceNode(call, fixer.QuoteLike(lit.Value, newFormat))}, ""
		}
		edits := []analysis.TextEdit{fixer.ReplaceNode(lit, fixer.QuoteLike(lit.Value, newFormat))}
		for i, gone := range removed {
			if gone {
				// Have: Sprintf("...?apikey=%s", ..., key): drop ", key".
				k := indexOf(call.Args, s.exprs[i])
				edits = append(edits, fixer.DeleteRange(call.Args[k-1].End(), call.Args[k].End()))
			}
		}
		return edits, ""
	}
	return s
}

// sprintfCollapses reports whether the fix of fmt.Sprintf(format, ...)
// may replace the whole call with its new format: no argument is left, the
// format has no verb left, and the file keeps using fmt elsewhere, in a way
// no fix of this analyzer removes (so the import stays used whatever fixes
// a driver applies).
func (p *passState) sprintfCollapses(call *ast.CallExpr, parts []fixer.Part, removed []bool, format string) bool {
	for i, part := range parts {
		if part.Hole && !removed[i] {
			return false
		}
	}
	if strings.Contains(format, "%") {
		return false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	fmtPkg, ok := p.pass.TypesInfo.Uses[asIdent(sel.X)].(*types.PkgName)
	if !ok {
		return false
	}
	for _, f := range p.pass.Files {
		if f.FileStart > call.Pos() || call.Pos() > f.FileEnd {
			continue
		}
		used := false
		ast.Inspect(f, func(n ast.Node) bool {
			if used {
				return false
			}
			if c, ok := n.(*ast.CallExpr); ok && p.isKeySprintf(c, fmtPkg) {
				return false // a call that a fix may rewrite, this one included
			}
			if id, ok := n.(*ast.Ident); ok && p.pass.TypesInfo.Uses[id] == fmtPkg {
				used = true
			}
			return true
		})
		return used
	}
	return false
}

// isKeySprintf reports whether c is fmtPkg.Sprintf with a format that sends
// an API key, which a fix of this analyzer may rewrite.
func (p *passState) isKeySprintf(c *ast.CallExpr, fmtPkg *types.PkgName) bool {
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Sprintf" || len(c.Args) == 0 || p.pass.TypesInfo.Uses[asIdent(sel.X)] != fmtPkg {
		return false
	}
	format, ok := p.stringValue(c.Args[0])
	return !ok || fixer.MentionsKeyParam(format)
}

// schemeWhy says why the URL of the site may not be https once its retired
// host is regional, or "": a scheme written apart from the host (a
// constant "http://", a variable before "://api.whispir.com") stays as it
// is, so it must be https already. Only a literal that holds both scheme
// and host (the site's own, or a constant's) is made https by its fix.
func (p *passState) schemeWhy(s *urlSite) string {
	var flat strings.Builder
	var partOf []int // part index of each byte of flat
	for i, part := range s.parts {
		text := part.Text
		if part.Hole {
			text = "\x00"
		}
		flat.WriteString(text)
		for range len(text) {
			partOf = append(partOf, i)
		}
	}
	text := flat.String()
	var hosts []int // where the retired hosts start in text
	segStart := 0
	for seg := range strings.SplitSeq(text, "\x00") {
		for _, h := range fixer.FindHosts(seg) {
			if h.Kind == fixer.LegacyHost {
				hosts = append(hosts, segStart+h.Start)
			}
		}
		segStart += len(seg) + 1
	}
	for _, start := range hosts {
		before := text[:start]
		if !strings.HasSuffix(before, "://") {
			if strings.HasSuffix(before, "\x00") {
				// Have: scheme + host, where scheme is a variable.
				return "the URL's scheme comes from an expression apart from its host: make sure it is https, then migrate by hand"
			}
			continue
		}
		schemeStart := strings.LastIndexByte(before, 0) + 1
		scheme := before[schemeStart : len(before)-3]
		switch {
		case scheme == "":
			return "the URL's scheme comes from an expression apart from its host: make sure it is https, then migrate by hand"
		case strings.EqualFold(scheme, "https"):
		case partOf[schemeStart] != partOf[start] || !s.ownsText(partOf[start]) && !p.schemeWithHost(s.exprs[partOf[start]]):
			return "the URL's scheme " + scheme + " is written apart from its host: make it https, then migrate by hand"
		}
	}
	return ""
}

// schemeWithHost reports whether e names a constant of this package whose
// declaration writes every retired host it holds in one literal with its
// scheme ("http://api.whispir.com"): the WL01 fix there makes it https.
func (p *passState) schemeWithHost(e ast.Expr) bool {
	c, ok := p.objectOf(e).(*types.Const)
	if !ok {
		return false
	}
	spec := p.declSpec(c)
	if spec == nil {
		return false
	}
	ok = true
	seen := false
	ast.Inspect(spec, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BasicLit:
			if v, isStr := p.stringValue(n); isStr {
				for _, h := range fixer.FindHosts(v) {
					if h.Kind == fixer.LegacyHost {
						seen = true
						ok = ok && h.SchemeStart >= 0
					}
				}
			}
		case *ast.Ident:
			if obj, isConst := p.pass.TypesInfo.Uses[n].(*types.Const); isConst && obj != c {
				if v, isStr := constantString(obj.Val()); isStr && legacyHostIn(v) != "" {
					ok = false // Have: const base = scheme + host: the host is elsewhere
				}
			}
		}
		return true
	})
	return ok && seen
}

// formatConstants finds the calls fmt.Sprintf(name, ...) whose format is a
// constant of this package that the call alone uses (const sendURL =
// "https://api.whispir.com/send?apikey=%s"): its declaration is then the
// call's to rewrite, as a literal format would be. The constant must be
// unexported (or in package main), declared by one literal, named by no
// file the pass does not hold, and say Whispir or the key parameter.
func (p *passState) formatConstants(files []inspector.Cursor) map[*ast.CallExpr]*ast.BasicLit {
	out := make(map[*ast.CallExpr]*ast.BasicLit)
	uses := make(map[*types.Const]int)
	for _, obj := range p.pass.TypesInfo.Uses {
		if c, ok := obj.(*types.Const); ok && c.Pkg() == p.pass.Pkg {
			uses[c]++
		}
	}
	for _, fc := range files {
		for cur := range fc.Preorder((*ast.CallExpr)(nil)) {
			call := cur.Node().(*ast.CallExpr)
			fn, _ := typeutil.Callee(p.pass.TypesInfo, call).(*types.Func)
			if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "fmt" || fn.Name() != "Sprintf" || len(call.Args) < 1 || call.Ellipsis.IsValid() {
				continue
			}
			id, ok := ast.Unparen(call.Args[0]).(*ast.Ident)
			if !ok {
				continue
			}
			c, ok := p.pass.TypesInfo.Uses[id].(*types.Const)
			if !ok || c.Pkg() != p.pass.Pkg || c.Parent() != p.pass.Pkg.Scope() || uses[c] != 1 ||
				c.Exported() && p.pass.Pkg.Name() != "main" || p.testFilesUnseen().names[c.Name()] {
				continue
			}
			spec := p.declSpec(c)
			if spec == nil || len(spec.Names) != 1 || len(spec.Values) != 1 {
				continue
			}
			lit, ok := spec.Values[0].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				continue
			}
			v, ok := p.stringValue(lit)
			if !ok || !fixer.MentionsWhispir(v) && !fixer.MentionsKeyParam(v) {
				continue
			}
			if parts, ok := fixer.ParseFormat(v); !ok || holes(parts) != len(call.Args)-1 {
				continue // formatSite would not take it: leave the literal to its own walk
			}
			out[call] = lit
		}
	}
	return out
}

// holes counts the holes of parts.
func holes(parts []fixer.Part) int {
	n := 0
	for _, part := range parts {
		if part.Hole {
			n++
		}
	}
	return n
}
