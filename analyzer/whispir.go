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

// checkWhispir runs rules WL01 (legacy-host) and WL02 (apikey-in-query).
func (p *passState) checkWhispir() {
	files := p.filesWith(hintWhispir)
	if len(files) == 0 {
		return // fast path: nothing here mentions Whispir or an API key
	}
	p.collectWhispirObjects(files)
	p.holding, p.whispirFiles = true, files
	defer p.flushWhispir()
	for _, fc := range files {
		for cur := range fc.Preorder((*ast.CallExpr)(nil), (*ast.BinaryExpr)(nil), (*ast.BasicLit)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.AssignStmt:
				p.checkValuesIndex(cur, n)
			case *ast.CallExpr:
				p.checkCall(cur, n)
			case *ast.BinaryExpr:
				if p.isConcat(n) && !p.isConcatOperand(cur) {
					p.checkSite(cur, p.concatSite(n))
				}
			case *ast.BasicLit:
				if n.Kind == token.STRING && !p.consumed[n] && !p.isConcatOperand(cur) {
					p.checkSite(cur, p.concatSite(n))
				}
			case *ast.CompositeLit:
				p.checkValuesLiteral(cur, n)
			}
		}
	}
}

// A urlSite is a string the program builds from parts: a concatenation
// (a lone literal is a concatenation of one), or a format string and its
// arguments.
type urlSite struct {
	node  ast.Expr        // the whole expression: the URL's value
	parts []fixer.Part    // its constant text and holes
	exprs []ast.Expr      // exprs[i]: the operand (or format argument) behind parts[i]
	lits  []*ast.BasicLit // the literals whose text the site may rewrite
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

// checkSite reports a site: WL02 when it sends the API key in the query of
// a Whispir URL, otherwise WL01 for each literal naming a retired host.
func (p *passState) checkSite(cur inspector.Cursor, s *urlSite) {
	p.reportUserinfo(s)
	bare := p.isRawQuery(cur, s.node)
	if fixer.FindKeyParam(s.parts, bare) {
		if p.siteIsWhispir(cur, s, bare) {
			p.reportKeyInQuery(cur, s, bare)
			return
		}
		if p.isURLPiece(cur) && p.funcMentionsWhispir(enclosingBody(cur)) {
			// Have: sb.WriteString("/messages?apikey="), strings.Join(...,
			// "messages?apikey="+key): a piece of a URL in a function that
			// talks to Whispir, whose host this site does not show.
			p.queueKey(cur, s.node.Pos(), s.node.End(),
				"Whispir API key sent as a query parameter: send it only in the x-api-key header; "+
					"this piece of the URL does not show its host: remove the parameter and set the x-api-key header on the request by hand", nil)
			return
		}
	}
	p.reportLegacyLiterals(s)
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

// reportUserinfo reports WL11 for a password written in the user info of a
// Whispir URL (https://user:password@api.whispir.com/...), which Go's
// client sends as a Basic Authorization header.
func (p *passState) reportUserinfo(s *urlSite) {
	for i, part := range s.parts {
		if !s.ownsText(i) || !p.secretsChecked(s.exprs[i].Pos()) {
			continue
		}
		for _, h := range fixer.FindHosts(part.Text) {
			password, ok := h.Password(part.Text)
			if !ok {
				continue
			}
			user, _, _ := strings.Cut(part.Text[h.UserStart:h.Start-1], ":")
			msg := basicMessage(user, password, envNames{user: "WHISPIR_USERNAME", password: "WHISPIR_PASSWORD"}, "") +
				"; the URL's user info is sent as a Basic Authorization header: remove it and call req.SetBasicAuth with those values"
			p.report(ruleBasicCredentials, s.exprs[i].Pos(), s.exprs[i].End(), msg, nil)
			break
		}
	}
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

// reportLegacyLiterals reports WL01 on every literal of s naming a retired
// host, or on the whole expression when only its folded constant value does
// ("https://api." + "whispir.com").
func (p *passState) reportLegacyLiterals(s *urlSite) {
	if p.reportFoldedLegacy(s) {
		return
	}
	for _, lit := range s.lits {
		v, ok := p.stringValue(lit)
		if !ok {
			continue
		}
		host := legacyHostIn(v)
		if host == "" {
			continue
		}
		var fix *analysis.SuggestedFix
		why := p.fixBlockedAt(lit.Pos())
		if p.region == "" {
			why = noRegion
		} else if why == "" && fixer.HasPassword(v) {
			why = userinfoByHand
		}
		if why == "" {
			migrated, _ := fixer.MigrateHosts(v, p.region)
			fix = &analysis.SuggestedFix{
				Message:   "Use the regional host " + fixer.RegionalHost(p.region),
				TextEdits: []analysis.TextEdit{fixer.ReplaceNode(lit, fixer.QuoteLike(lit.Value, migrated))},
			}
			if scheme := p.httpSchemeBeside(lit); scheme != nil {
				https := fixer.ReplaceNode(scheme, fixer.QuoteLike(scheme.Value, "https"))
				if scheme.Pos() < lit.Pos() {
					fix.TextEdits = []analysis.TextEdit{https, fix.TextEdits[0]}
				} else {
					fix.TextEdits = append(fix.TextEdits, https)
				}
			}
		}
		p.queueLegacy(lit, host, why, fix)
	}
}

// httpSchemeBeside returns the "http" Scheme literal of the url.URL literal
// whose Host is lit, which the host's fix turns into "https" as it does for
// a scheme written before the host in one string, or nil.
func (p *passState) httpSchemeBeside(lit *ast.BasicLit) *ast.BasicLit {
	cur, ok := p.insp.Root().FindNode(lit)
	if !ok {
		return nil
	}
	// Have: url.URL{Scheme: "http", Host: "api.whispir.com", ...}
	kv, ok := cur.Parent().Node().(*ast.KeyValueExpr)
	if !ok || kv.Value != lit || !p.isURLKey(kv, "Host") {
		return nil
	}
	comp, ok := cur.Parent().Parent().Node().(*ast.CompositeLit)
	if !ok {
		return nil
	}
	for _, elt := range comp.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok && p.isURLKey(kv, "Scheme") {
			scheme, ok := kv.Value.(*ast.BasicLit)
			if v, isString := p.stringValue(kv.Value); ok && isString && strings.EqualFold(v, "http") {
				return scheme
			}
		}
	}
	return nil
}

// isURLKey reports whether kv sets the field name of a url.URL.
func (p *passState) isURLKey(kv *ast.KeyValueExpr, name string) bool {
	id, ok := kv.Key.(*ast.Ident)
	return ok && id.Name == name && isURLField(p.pass.TypesInfo.ObjectOf(id))
}

func (p *passState) reportFoldedLegacy(s *urlSite) bool {
	v, ok := p.stringValue(s.node)
	if !ok || len(s.exprs) < 2 {
		return false
	}
	host := legacyHostIn(v)
	if host == "" {
		return false
	}
	for _, part := range s.parts {
		if legacyHostIn(part.Text) != "" {
			return false // reported at the part that holds it
		}
	}
	why := p.fixBlockedAt(s.node.Pos())
	if p.region == "" {
		why = noRegion
	} else if why == "" && fixer.HasPassword(v) {
		why = userinfoByHand
	}
	if why == "" && len(s.lits) != len(s.exprs) {
		why = "the host is split over named constants: join them by hand"
	}
	var fix *analysis.SuggestedFix
	if why == "" {
		migrated, _ := fixer.MigrateHosts(v, p.region)
		fix = &analysis.SuggestedFix{
			Message:   "Use the regional host " + fixer.RegionalHost(p.region),
			TextEdits: []analysis.TextEdit{fixer.ReplaceNode(s.node, strconv.Quote(migrated))},
		}
	}
	p.queueLegacy(s.node, host, why, fix)
	return true
}

// userinfoByHand is why a URL with a password in it gets no fix: a fix
// would copy the password into its text.
const userinfoByHand = "the URL holds a password (see WL11): move the credentials out of it first"

const noRegion = "set -region=REGION or $WHISPIR_REGION to get a fix (the region cannot be derived from the old URL)"

func legacyHostMessage(host, region, why string) string {
	msg := "retired Whispir host " + host + ": "
	if region != "" {
		msg += "use the regional host " + fixer.RegionalHost(region)
	} else {
		msg += "use api.<region>.whispir.com"
	}
	if why != "" {
		msg += "; " + why
	}
	return msg
}

// legacyHostIn returns the first retired host in s, or "".
func legacyHostIn(s string) string {
	for _, h := range fixer.FindHosts(s) {
		if h.Kind == fixer.LegacyHost {
			return h.Host
		}
	}
	return ""
}

// reportKeyInQuery reports WL02 at the part that holds the parameter, with
// one fix that removes the parameter, migrates the host of the same site and
// sets the x-api-key header on the request.
func (p *passState) reportKeyInQuery(cur inspector.Cursor, s *urlSite, bare bool) {
	at := s.node
	for i, part := range s.parts {
		if !part.Hole && fixer.MentionsKeyParam(part.Text) {
			at = s.exprs[i]
			break
		}
	}
	// A retired host in a constant declared elsewhere is reported (and
	// fixed) at its declaration; only the site's own literals are ours.
	legacy := ""
	for i, part := range s.parts {
		if s.ownsText(i) && legacy == "" {
			legacy = legacyHostIn(part.Text)
		}
	}
	fix, why := p.keyInQueryFix(cur, s, bare, legacy)
	msg := "Whispir API key sent as a query parameter: send it only in the x-api-key header"
	if legacy != "" {
		if p.region != "" {
			msg += " and use the regional host " + fixer.RegionalHost(p.region) + " instead of " + legacy
		} else {
			msg += " and replace the retired host " + legacy + " with api.<region>.whispir.com"
		}
	}
	if why != "" {
		msg += "; " + why
	}
	p.queueKey(cur, at.Pos(), at.End(), msg, fix)
	p.reportKeyInURL(s, bare) // WL12 when the key is written in the URL
}

func (p *passState) keyInQueryFix(cur inspector.Cursor, s *urlSite, bare bool, legacy string) (*analysis.SuggestedFix, string) {
	if why := p.fixBlockedAt(s.node.Pos()); why != "" {
		return nil, why
	}
	if legacy != "" && p.region == "" {
		return nil, noRegion
	}
	r, ok := fixer.RemoveKeyParam(s.parts, bare)
	if !ok {
		return nil, "the key is not one expression or literal: remove the parameter and set the x-api-key header by hand"
	}
	for _, part := range s.parts {
		if !part.Hole && fixer.HasPassword(part.Text) {
			return nil, userinfoByHand
		}
	}
	key, keyRun, why := p.siteKey(s, r)
	if why != "" {
		return nil, why
	}
	for i, part := range s.parts {
		if part.Hole || s.ownsText(i) || r.Parts[i].Text == part.Text || r.Parts[i].Text == "" || keyRun[i] {
			continue
		}
		if !fixer.MentionsWhispir(part.Text) && !fixer.MentionsKeyParam(r.Parts[i].Text) {
			// Have: scheme + host + "/events" + keyParam + key, where the
			// constant keyParam ("?apikey=") leaves "?": written as a literal.
			continue
		}
		// Not safe: the constant is declared elsewhere and may be used by
		// other URLs; its folded value must not be copied here either.
		return nil, "the parameter is part of the constant " + p.text(s.exprs[i]) + ": remove it from the constant's declaration and set the x-api-key header by hand"
	}
	if p.region != "" {
		for i := range r.Parts {
			if s.ownsText(i) {
				r.Parts[i].Text, _ = fixer.MigrateHosts(r.Parts[i].Text, p.region)
			}
		}
	}
	for i := range keyRun {
		r.Removed[i], r.Parts[i].Text = true, ""
	}
	edits, why := s.rewrite(r.Parts, r.Removed)
	if why != "" {
		return nil, why
	}
	fnCur, _ := enclosingFunc(cur)
	var flow urlFlow
	if fnCur.Valid() {
		flow = p.followURL(fnCur, cur)
	}
	edits, why = p.withHeader(cur, s.node, flow, key, edits)
	if why != "" {
		return nil, why
	}
	msg := "Move the API key to the x-api-key header"
	if legacy != "" {
		msg += " and use " + fixer.RegionalHost(p.region)
	}
	return &analysis.SuggestedFix{Message: msg, TextEdits: p.keepComments(edits)}, ""
}

// siteKey returns the key the removal took out of s, as the fix sends it:
// the operand or format argument that held it (unwrapped from
// url.QueryEscape), the named constants it was written in, or a literal,
// which is never copied into new code (only -secrets=env sends it, as an
// environment variable). keyRun marks constant operands that are the key.
func (p *passState) siteKey(s *urlSite, r fixer.KeyRemoval) (keyRef, map[int]bool, string) {
	if r.KeyHole >= 0 {
		key, why := p.valueKey(s.exprs[r.KeyHole])
		key.verb = s.parts[r.KeyHole].Text
		return key, nil, why
	}
	if run := p.namedKeyRun(s, r); run != nil {
		// Have: "?apikey=" + keyPart1 + keyPart2: send the constants, not
		// a copy of their value.
		var texts []string
		for i := range s.exprs {
			if run[i] {
				texts = append(texts, p.text(s.exprs[i]))
			}
		}
		if len(texts) == 1 {
			return keyRef{expr: s.exprs[firstKey(run)]}, run, ""
		}
		return keyRef{literal: strings.Join(texts, " + ")}, run, ""
	}
	if p.secretsFix() && p.secretsChecked(s.node.Pos()) {
		return keyRef{literal: strconv.Quote(r.Key)}, nil, ""
	}
	return keyRef{}, nil, "the key is written in the URL (see WL12): move it out of the source, or run with -secrets=env to read it from $" + whispirKeyEnv
}

func firstKey(run map[int]bool) int {
	first := -1
	for i := range run {
		if first < 0 || i < first {
			first = i
		}
	}
	return first
}

// isEscape reports whether call is url.QueryEscape(k) or url.PathEscape(k).
func (p *passState) isEscape(call *ast.CallExpr) bool {
	fn, _ := typeutil.Callee(p.pass.TypesInfo, call).(*types.Func)
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "net/url" && !isMethod(fn) &&
		(fn.Name() == "QueryEscape" || fn.Name() == "PathEscape") && len(call.Args) == 1
}

// valueKey is the key given to a query parameter: an expression, or a
// literal that only -secrets=env may replace (see envKey and headerValue).
// url.QueryEscape(k) and url.PathEscape(k) give k: the query carried k
// escaped, a header carries k itself. When that was the file's last use of
// net/url, the key's edits delete the import; when other escapes of keys
// may go too, the fix is declined rather than guess which fix runs last.
func (p *passState) valueKey(e ast.Expr) (keyRef, string) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || !p.isEscape(call) {
		return keyRef{expr: e}, ""
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return keyRef{}, "the key is escaped: set the x-api-key header to the key itself by hand"
	}
	pn, ok := p.pass.TypesInfo.Uses[asIdent(sel.X)].(*types.PkgName)
	f := p.fileOf(call.Pos())
	if !ok || f == nil {
		return keyRef{}, "the key is escaped: set the x-api-key header to the key itself by hand"
	}
	others, escapes := 0, 0
	ast.Inspect(f, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok && p.isEscape(c) {
			if s, ok := c.Fun.(*ast.SelectorExpr); ok && p.pass.TypesInfo.Uses[asIdent(s.X)] == pn {
				escapes++
				ast.Inspect(c.Args[0], func(m ast.Node) bool {
					if id, ok := m.(*ast.Ident); ok && p.pass.TypesInfo.Uses[id] == pn {
						others++
					}
					return true
				})
				return false
			}
		}
		if id, ok := n.(*ast.Ident); ok && p.pass.TypesInfo.Uses[id] == pn {
			others++
		}
		return true
	})
	key := keyRef{expr: call.Args[0]}
	switch {
	case others > 0:
	case escapes == 1:
		del, ok := p.deleteImport(f, pn)
		if !ok {
			return keyRef{}, "the import of net/url would be left unused: set the x-api-key header by hand"
		}
		key.edits = []analysis.TextEdit{del}
	default:
		// Not safe: each fix alone keeps the import, all together leave it unused.
		return keyRef{}, "the key is escaped with net/url, which several fixes here would stop using: set the x-api-key header by hand"
	}
	return key, ""
}

// namedKeyRun returns the operands of s that are named constants holding,
// together and in order, exactly the key the removal took out, or nil.
func (p *passState) namedKeyRun(s *urlSite, r fixer.KeyRemoval) map[int]bool {
	if r.Key == "" {
		return nil
	}
	for start := range s.parts {
		var joined strings.Builder
		run := map[int]bool{}
		for i := start; i < len(s.parts); i++ {
			part := s.parts[i]
			if part.Hole || s.ownsText(i) || r.Parts[i].Text != "" {
				break
			}
			switch s.exprs[i].(type) {
			case *ast.Ident, *ast.SelectorExpr:
			default:
				return nil
			}
			joined.WriteString(part.Text)
			run[i] = true
			if joined.String() == r.Key {
				return run
			}
			if !strings.HasPrefix(r.Key, joined.String()) {
				break
			}
		}
	}
	return nil
}

// checkCall handles the call-shaped sites: fmt.Sprintf format strings and
// url.Values Set/Add of the key parameter.
func (p *passState) checkCall(cur inspector.Cursor, call *ast.CallExpr) {
	fn, _ := typeutil.Callee(p.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return
	}
	switch {
	case fn.Pkg().Path() == "fmt" && fn.Name() == "Sprintf" && len(call.Args) >= 1:
		if s := p.formatSite(call); s != nil {
			p.checkSite(cur, s)
		} else if lit, ok := call.Args[0].(*ast.BasicLit); ok {
			p.checkOpaqueFormat(cur, call, lit)
		}
	case fn.Pkg().Path() == "net/url" && (fn.Name() == "Set" || fn.Name() == "Add") && isMethod(fn) && len(call.Args) == 2:
		p.checkValuesSet(cur, call)
	case fn.Pkg().Path() == "fmt" && fn.Name() == "Fprintf" && len(call.Args) >= 2:
		p.checkWrittenFormat(cur, call, call.Args[1])
	}
}

// checkWrittenFormat reports a format that writes a URL with the key
// parameter to a writer (fmt.Fprintf(&buf, "...?apikey=%s", key)): the URL
// is built in a buffer the fix does not follow.
func (p *passState) checkWrittenFormat(cur inspector.Cursor, call *ast.CallExpr, format ast.Expr) {
	v, ok := p.stringValue(format)
	if !ok || !fixer.MentionsKeyParam(v) {
		return
	}
	if lit, ok := format.(*ast.BasicLit); ok {
		p.consumed[lit] = true
	}
	parts, ok := fixer.ParseFormat(v)
	if !ok {
		parts = []fixer.Part{{Text: v}}
	}
	if !fixer.FindKeyParam(parts, false) || (len(fixer.FindHosts(v)) == 0 && !p.funcMentionsWhispir(enclosingBody(cur))) {
		return
	}
	msg := "Whispir API key sent as a query parameter: send it only in the x-api-key header; " +
		"the URL is written into a buffer: remove the parameter and set the x-api-key header on the request by hand"
	if host := legacyHostIn(v); host != "" {
		msg = "Whispir API key sent as a query parameter: send it only in the x-api-key header and replace the retired host " + host +
			"; the URL is written into a buffer: remove the parameter, migrate the host and set the x-api-key header on the request by hand"
	}
	p.queueKey(cur, format.Pos(), format.End(), msg, nil)
}

// checkValuesIndex reports q["apikey"] = []string{key} on url.Values in a
// function that talks to Whispir, with a fix like q.Set's.
func (p *passState) checkValuesIndex(cur inspector.Cursor, as *ast.AssignStmt) {
	if len(as.Lhs) != 1 || len(as.Rhs) != 1 || as.Tok != token.ASSIGN {
		return
	}
	ix, ok := as.Lhs[0].(*ast.IndexExpr)
	if !ok || !isNamed(p.pass.TypesInfo.TypeOf(ix.X), "net/url", "Values") {
		return
	}
	name, ok := p.stringValue(ix.Index)
	if !ok || !fixer.IsKeyParam(name) || !p.funcMentionsWhispir(enclosingBody(cur)) {
		return
	}
	fix, why := p.valuesIndexFix(cur, as, ix)
	msg := "Whispir API key sent as a query parameter: send it only in the x-api-key header"
	if why != "" {
		msg += "; " + why
	}
	p.queueKey(cur, as.Pos(), as.End(), msg, fix)
}

func (p *passState) valuesIndexFix(cur inspector.Cursor, as *ast.AssignStmt, ix *ast.IndexExpr) (*analysis.SuggestedFix, string) {
	if why := p.fixBlockedAt(as.Pos()); why != "" {
		return nil, why
	}
	// Have: q["apikey"] = []string{key}
	vals, ok := as.Rhs[0].(*ast.CompositeLit)
	if !ok || len(vals.Elts) != 1 {
		return nil, "remove the parameter and set the x-api-key header by hand"
	}
	del, ok := p.deleteLines(as)
	if !ok {
		return nil, "the statement shares its line with other code: remove it and set the x-api-key header by hand"
	}
	fnCur, _ := enclosingFunc(cur)
	if !fnCur.Valid() {
		return nil, "the parameter is set outside a function: set the x-api-key header by hand"
	}
	key, why := p.valueKey(vals.Elts[0])
	if why != "" {
		return nil, why
	}
	flow := p.followValues(fnCur, ix.X)
	edits, why := p.withHeader(cur, as, flow, key, []analysis.TextEdit{del})
	if why != "" {
		return nil, why
	}
	return &analysis.SuggestedFix{Message: "Move the API key to the x-api-key header", TextEdits: edits}, ""
}

// checkOpaqueFormat handles a format literal whose verbs cannot be mapped
// onto the arguments (%[2]s, %*d): the retired host can still be fixed in
// place, the key parameter only by hand.
func (p *passState) checkOpaqueFormat(cur inspector.Cursor, call *ast.CallExpr, lit *ast.BasicLit) {
	p.consumed[lit] = true
	v, _ := p.stringValue(lit)
	if fixer.MentionsKeyParam(v) && len(fixer.FindHosts(v)) > 0 {
		p.queueKey(cur, lit.Pos(), lit.End(),
			"Whispir API key sent as a query parameter: send it only in the x-api-key header; "+
				"the format's verbs cannot be matched to its arguments: remove the parameter and set the header by hand", nil)
		return
	}
	p.reportLegacyLiterals(&urlSite{node: call, lits: []*ast.BasicLit{lit}})
}

func isMethod(fn *types.Func) bool { return fn.Signature().Recv() != nil }

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
	if isLit {
		s.lits = []*ast.BasicLit{lit}
		p.consumed[lit] = true
	}
	s.rewrite = func(newParts []fixer.Part, removed []bool) ([]analysis.TextEdit, string) {
		if !isLit {
			return nil, fmt.Sprintf("the format is the constant %s: remove the API key parameter from it by hand", p.text(call.Args[0]))
		}
		newFormat := fixer.JoinFormat(newParts, removed)
		if p.sprintfCollapses(call, newParts, removed, newFormat) {
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

func asIdent(e ast.Expr) *ast.Ident {
	id, _ := e.(*ast.Ident)
	return id
}

func indexOf(list []ast.Expr, e ast.Expr) int {
	for i, x := range list {
		if x == e {
			return i
		}
	}
	return -1
}

// checkValuesSet reports q.Set("apikey", key) (or Add) on url.Values in a
// function that talks to Whispir, with a fix that deletes the statement and
// sets the header instead.
func (p *passState) checkValuesSet(cur inspector.Cursor, call *ast.CallExpr) {
	name, ok := p.stringValue(call.Args[0])
	if !ok || !fixer.IsKeyParam(name) || !p.funcMentionsWhispir(enclosingBody(cur)) {
		return
	}
	fix, why := p.valuesSetFix(cur, call)
	msg := "Whispir API key sent as a query parameter: send it only in the x-api-key header"
	if why != "" {
		msg += "; " + why
	}
	p.queueKey(cur, call.Pos(), call.End(), msg, fix)
	p.reportKeyValue(call.Args[1]) // WL12 when the key is written here
}

func (p *passState) valuesSetFix(cur inspector.Cursor, call *ast.CallExpr) (*analysis.SuggestedFix, string) {
	if why := p.fixBlockedAt(call.Pos()); why != "" {
		return nil, why
	}
	stmt, ok := cur.Parent().Node().(*ast.ExprStmt)
	if !ok {
		return nil, "remove the parameter and set the x-api-key header by hand"
	}
	del, ok := p.deleteLines(stmt)
	if !ok {
		return nil, "the statement shares its line with other code: remove it and set the x-api-key header by hand"
	}
	fnCur, _ := enclosingFunc(cur)
	sel, _ := call.Fun.(*ast.SelectorExpr)
	if !fnCur.Valid() || sel == nil {
		return nil, "the parameter is set outside a function: set the x-api-key header by hand"
	}
	key, why := p.valueKey(call.Args[1])
	if why != "" {
		return nil, why
	}
	flow := p.followValues(fnCur, sel.X)
	edits, why := p.withHeader(cur, call, flow, key, []analysis.TextEdit{del})
	if why != "" {
		return nil, why
	}
	return &analysis.SuggestedFix{Message: "Move the API key to the x-api-key header", TextEdits: edits}, ""
}

// checkValuesLiteral reports url.Values{"apikey": {key}} in a function that
// talks to Whispir.
func (p *passState) checkValuesLiteral(cur inspector.Cursor, lit *ast.CompositeLit) {
	if !isNamed(p.pass.TypesInfo.TypeOf(lit), "net/url", "Values") {
		return
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		name, ok := p.stringValue(kv.Key)
		if !ok || !fixer.IsKeyParam(name) || !p.funcMentionsWhispir(enclosingBody(cur)) {
			continue
		}
		fix, why := p.valuesLiteralFix(cur, lit, kv)
		msg := "Whispir API key sent as a query parameter: send it only in the x-api-key header"
		if why != "" {
			msg += "; " + why
		}
		p.queueKey(cur, kv.Pos(), kv.End(), msg, fix)
		if vals, ok := kv.Value.(*ast.CompositeLit); ok {
			for _, v := range vals.Elts {
				p.reportKeyValue(v) // WL12 when the key is written here
			}
		}
	}
}

func (p *passState) valuesLiteralFix(cur inspector.Cursor, lit *ast.CompositeLit, kv *ast.KeyValueExpr) (*analysis.SuggestedFix, string) {
	if why := p.fixBlockedAt(kv.Pos()); why != "" {
		return nil, why
	}
	// Have: "apikey": {key} or "apikey": []string{key}
	vals, ok := kv.Value.(*ast.CompositeLit)
	if !ok || len(vals.Elts) != 1 {
		return nil, "remove the parameter and set the x-api-key header by hand"
	}
	del, ok := p.deleteElement(lit, kv)
	if !ok {
		return nil, "remove the parameter and set the x-api-key header by hand"
	}
	fnCur, _ := enclosingFunc(cur)
	if !fnCur.Valid() {
		return nil, "the parameter is set outside a function: set the x-api-key header by hand"
	}
	key, why := p.valueKey(vals.Elts[0])
	if why != "" {
		return nil, why
	}
	edits, why := p.withHeader(cur, lit, p.followURL(fnCur, cur), key, []analysis.TextEdit{del})
	if why != "" {
		return nil, why
	}
	return &analysis.SuggestedFix{Message: "Move the API key to the x-api-key header", TextEdits: edits}, ""
}

func isNamed(t types.Type, pkg, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}

// enclosingBody returns the body of the innermost function around cur.
func enclosingBody(cur inspector.Cursor) *ast.BlockStmt {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch n := c.Node().(type) {
		case *ast.FuncDecl:
			return n.Body
		case *ast.FuncLit:
			return n.Body
		}
	}
	return nil
}
