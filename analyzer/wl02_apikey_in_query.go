package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/whispirlint/whispirlint/fixer"
)

// WL02 apikey-in-query: the Whispir API key sent as a query parameter. The
// sites are found here; where their URL goes is flow.go's, where the
// header goes header.go's and shortcut.go's.

var ruleKeyInQuery = Rule{
	ID:    "WL02",
	Name:  "apikey-in-query",
	Title: "Whispir API key sent in the query string",
	Finds: "URLs to a Whispir host built with an apikey query parameter (any letter case, " +
		"first or later in the query): concatenation, fmt.Sprintf and Fprintf, net/url " +
		"(Query().Set/Add, q[\"apikey\"], url.Values, url.URL{RawQuery}), builders and strings.Join, " +
		"base URLs kept in fields and variables, and any other mention of the parameter in a package that talks to Whispir.",
	Fix: "Only where it is proven right: the URL is followed to every request built from it or sent with it " +
		"(through variables, net/url, the request's own URL and the package's sending helpers); the parameter is removed (the other parameters stay) " +
		"and the same key, moved and never copied as a literal, is set as the x-api-key header on each of those requests " +
		"before it is sent (http.Get and friends become NewRequest plus Do, as statements where the code allows); " +
		"retired hosts of the same URL move to the region's host in the same fix. Anything else is left as it was " +
		"and reported with the reason: a URL passed to a function it does not follow, a key that may change or is written in the source, " +
		"a host shared with such a site. No header is added where the code already sets x-api-key with the same key.",
	Since:   "v0.1.0",
	Before:  `http.Get("https://api.whispir.com/messages?apikey=" + key)`,
	After:   `req, err := http.NewRequest(http.MethodGet, "https://api.au.whispir.com/messages", nil)` + "\n" + `req.Header.Set("x-api-key", key)`,
	Sources: "Whispir phase 2: the key is accepted ONLY in the x-api-key header; a missing key gives 403.",
}

// checkWhispir runs rules WL01 (legacy-host) and WL02 (apikey-in-query).
func (p *passState) checkWhispir() {
	files := p.filesWith(hintWhispir)
	if len(files) == 0 {
		return // fast path: nothing here mentions Whispir or an API key
	}
	p.collectWhispirObjects(files)
	p.formatConsts = p.formatConstants(files)
	for _, lit := range p.formatConsts {
		p.consumed[lit] = true // the call's site reports and fixes it
	}
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
				keyInQueryMessage+"; "+
					"this piece of the URL does not show its host: remove the parameter and set the x-api-key header on the request by hand", nil)
			return
		}
	}
	p.reportLegacyLiterals(s)
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
	msg := keyInQueryMessage
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
	if why := p.schemeWhy(s); why != "" {
		return nil, why
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
	edits = p.dropEmptyQuery(cur, s.node, edits)
	fnCur, _ := enclosingFunc(cur)
	var flow urlFlow
	if fnCur.Valid() {
		flow = p.followURL(fnCur, cur)
	}
	if flow.appended && !hasQuery(r.Parts) {
		// Not safe: the text appended after the URL ("&limit=5") would
		// follow a URL that lost its '?' with the key.
		return nil, "text is appended to the URL after the key, which goes with its '?': set the x-api-key header by hand"
	}
	if flow.returned {
		// Have: a helper that returns the URL: fix it with its calls.
		more, why := p.helperFix(cur, key, hasQuery(r.Parts))
		if why != "" {
			return nil, why
		}
		edits = append(edits, more...)
		sort.SliceStable(edits, func(i, j int) bool { return edits[i].Pos < edits[j].Pos })
	} else if edits, why = p.withHeader(cur, s.node, flow, key, edits); why != "" {
		return nil, why
	}
	msg := "Move the API key to the x-api-key header"
	if legacy != "" {
		msg += " and use " + fixer.RegionalHost(p.region)
	}
	return &analysis.SuggestedFix{Message: msg, TextEdits: p.keepComments(edits)}, ""
}

// appendedByHand is why a query built with url.Values and then extended
// ("?" + q.Encode() + "&limit=5") gets no fix: without the key the query
// may be empty, and the text after it would follow no '?'.
const appendedByHand = "text is appended to the URL after its query, which may be left empty: set the x-api-key header by hand"

// hasQuery reports whether the URL still has a query (a '?', or, in a bare
// RawQuery, any text) after the key is removed.
func hasQuery(parts []fixer.Part) bool {
	for _, p := range parts {
		if !p.Hole && strings.Contains(p.Text, "?") {
			return true
		}
	}
	return false
}

// dropEmptyQuery turns edits that leave a query part empty into the
// deletion of what holds it: RawQuery: "" in a url.URL literal (the zero
// value anyway) and u.RawQuery += "" go; u.RawQuery = "" stays, as it
// clears a query the URL may have had.
func (p *passState) dropEmptyQuery(cur inspector.Cursor, node ast.Expr, edits []analysis.TextEdit) []analysis.TextEdit {
	if as, ok := cur.Parent().Node().(*ast.AssignStmt); ok && as.Tok == token.ASSIGN && len(as.Lhs) == 1 &&
		p.textWithEdits(node, edits) == p.text(as.Lhs[0]) {
		// Have: req.URL.RawQuery = "apikey=" + k + "&" + req.URL.RawQuery,
		// which would become a self-assignment.
		if del, ok := p.deleteLines(as); ok {
			return []analysis.TextEdit{del}
		}
	}
	if len(edits) != 1 || edits[0].Pos != node.Pos() || edits[0].End != node.End() || string(edits[0].NewText) != `""` {
		return edits
	}
	switch parent := cur.Parent().Node().(type) {
	case *ast.KeyValueExpr:
		// Have: url.URL{..., RawQuery: "apikey=" + k}
		if lit, ok := cur.Parent().Parent().Node().(*ast.CompositeLit); ok {
			if del, ok := p.deleteElement(lit, parent); ok {
				return []analysis.TextEdit{del}
			}
		}
	case *ast.AssignStmt:
		// Have: req.URL.RawQuery += "&apikey=" + k
		if parent.Tok == token.ADD_ASSIGN {
			if del, ok := p.deleteLines(parent); ok {
				return []analysis.TextEdit{del}
			}
		}
	}
	return edits
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
	if isPlaceholder(r.Key) {
		// Have: const sendURL = ".../send?apikey=%s": filled where it is used.
		return keyRef{}, nil, "the key is a placeholder (" + r.Key + ") filled where the URL is used: remove the parameter there, and set the x-api-key header on the request, by hand"
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

// keyInQueryMessage starts every WL02 message.
const keyInQueryMessage = "Whispir API key sent as a query parameter: send it only in the x-api-key header"

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
	msg := keyInQueryMessage + "; " +
		"the URL is written into a buffer: remove the parameter and set the x-api-key header on the request by hand"
	if host := legacyHostIn(v); host != "" {
		msg = keyInQueryMessage + " and replace the retired host " + host +
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
	p.queueKey(cur, as.Pos(), as.End(), withWhy(keyInQueryMessage, why), fix)
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
	return p.valuesWriteFix(cur, as, as, ix.X, vals.Elts[0])
}

// checkOpaqueFormat handles a format literal whose verbs cannot be mapped
// onto the arguments (%[2]s, %*d): the retired host can still be fixed in
// place, the key parameter only by hand.
func (p *passState) checkOpaqueFormat(cur inspector.Cursor, call *ast.CallExpr, lit *ast.BasicLit) {
	p.consumed[lit] = true
	v, _ := p.stringValue(lit)
	if fixer.MentionsKeyParam(v) && len(fixer.FindHosts(v)) > 0 {
		p.queueKey(cur, lit.Pos(), lit.End(),
			keyInQueryMessage+"; "+
				"the format's verbs cannot be matched to its arguments: remove the parameter and set the header by hand", nil)
		return
	}
	p.reportLegacyLiterals(&urlSite{node: call, lits: []*ast.BasicLit{lit}})
}

func isMethod(fn *types.Func) bool { return fn.Signature().Recv() != nil }

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
	if argCur, ok := cur.FindNode(call.Args[0]); ok && p.loggedOnly(argCur) {
		return // Have: a redacted copy of the query for a log line.
	}
	fix, why := p.valuesSetFix(cur, call)
	p.queueKey(cur, call.Pos(), call.End(), withWhy(keyInQueryMessage, why), fix)
	p.reportKeyValue(call.Args[1]) // WL12 when the key is written here
}

func (p *passState) valuesSetFix(cur inspector.Cursor, call *ast.CallExpr) (*analysis.SuggestedFix, string) {
	if why := p.fixBlockedAt(call.Pos()); why != "" {
		return nil, why
	}
	stmt, ok := cur.Parent().Node().(*ast.ExprStmt)
	sel, isSel := call.Fun.(*ast.SelectorExpr)
	if !ok || !isSel {
		return nil, "remove the parameter and set the x-api-key header by hand"
	}
	return p.valuesWriteFix(cur, call, stmt, sel.X, call.Args[1])
}

// valuesWriteFix is the fix of a statement that writes the key into the
// url.Values held in values (q.Set("apikey", k), q["apikey"] = []string{k}):
// the statement goes, and the header is set on every request the values
// reach, or on the request a transport is given, in the statement's place.
func (p *passState) valuesWriteFix(cur inspector.Cursor, site ast.Node, stmt ast.Stmt, values, keyExpr ast.Expr) (*analysis.SuggestedFix, string) {
	del, ok := p.deleteLines(stmt)
	if !ok {
		return nil, "the statement shares its line with other code: remove it and set the x-api-key header by hand"
	}
	fnCur, _ := enclosingFunc(cur)
	if !fnCur.Valid() {
		return nil, "the parameter is set outside a function: set the x-api-key header by hand"
	}
	key, why := p.valueKey(keyExpr)
	if why != "" {
		return nil, why
	}
	if why := p.keySetOnce(fnCur, values); why != "" {
		return nil, why
	}
	flow := p.followValues(fnCur, values)
	if flow.appended {
		return nil, appendedByHand
	}
	dels := append([]analysis.TextEdit{del}, p.emptyQueryRoundTrip(fnCur, values, stmt)...)
	if len(flow.params) > 0 {
		// Have: a transport that adds the key to the request it is given:
		// the header goes where the parameter was set.
		edits, why := p.paramHeader(fnCur, stmt, flow.params, key, dels)
		if why != "" {
			return nil, why
		}
		return &analysis.SuggestedFix{Message: "Move the API key to the x-api-key header", TextEdits: edits}, ""
	}
	edits, why := p.withHeader(cur, site, flow, key, dels)
	if why != "" {
		return nil, why
	}
	return &analysis.SuggestedFix{Message: "Move the API key to the x-api-key header", TextEdits: edits}, ""
}

// keySetOnce says why the key parameter of the url.Values values may hold
// something else than one key set once (q.Set("apikey", k) and, on some
// path, q.Set("apikey", other)), or "".
func (p *passState) keySetOnce(fnCur inspector.Cursor, values ast.Expr) string {
	obj := p.objectOf(values)
	if obj == nil {
		return "the query values are not held in a variable: set the x-api-key header by hand"
	}
	writes := 0
	for c := range fnCur.Preorder((*ast.CallExpr)(nil), (*ast.IndexExpr)(nil), (*ast.KeyValueExpr)(nil)) {
		var recv, name ast.Expr
		switch n := c.Node().(type) {
		case *ast.CallExpr:
			// Have: q.Set("apikey", k), q.Add, q.Del
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok && len(n.Args) >= 1 && (sel.Sel.Name == "Set" || sel.Sel.Name == "Add" || sel.Sel.Name == "Del") {
				recv, name = sel.X, n.Args[0]
			}
		case *ast.IndexExpr:
			// Have: q["apikey"] = ...
			if as, ok := c.Parent().Node().(*ast.AssignStmt); ok && indexOf(as.Lhs, n) >= 0 {
				recv, name = n.X, n.Index
			}
		case *ast.KeyValueExpr:
			// Have: q := url.Values{"apikey": {k}}
			if as, ok := c.Parent().Parent().Node().(*ast.AssignStmt); ok && len(as.Lhs) == 1 && p.objectOf(as.Lhs[0]) == obj {
				recv, name = as.Lhs[0], n.Key
			}
		}
		if recv == nil || p.objectOf(recv) != obj {
			continue
		}
		if v, ok := p.stringValue(name); ok && fixer.IsKeyParam(v) {
			writes++
		}
	}
	if writes > 1 {
		// Not safe: which key the request carries depends on the path taken.
		return "the key parameter is written more than once: set the x-api-key header by hand"
	}
	return ""
}

// emptyQueryRoundTrip returns the edits that delete
//
//	q := u.Query()
//	u.RawQuery = q.Encode()
//
// when deleting the statement gone (q.Set("apikey", k)) leaves nothing
// else using q: the pair would only re-encode the query it read.
func (p *passState) emptyQueryRoundTrip(fnCur inspector.Cursor, values ast.Expr, gone ast.Stmt) []analysis.TextEdit {
	info := p.pass.TypesInfo
	id, ok := ast.Unparen(values).(*ast.Ident)
	if !ok {
		return nil
	}
	q, ok := info.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	var def, store ast.Stmt
	for c := range fnCur.Preorder((*ast.Ident)(nil)) {
		use := c.Node().(*ast.Ident)
		switch {
		case info.Defs[use] == q:
			// Have: q := u.Query()
			as, ok := c.Parent().Node().(*ast.AssignStmt)
			if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 || def != nil {
				return nil
			}
			def = as
		case info.Uses[use] == q:
			if gone.Pos() <= use.Pos() && use.End() <= gone.End() {
				continue
			}
			// Have: u.RawQuery = q.Encode()
			as, ok := c.Parent().Parent().Parent().Node().(*ast.AssignStmt)
			if !ok || store != nil || len(as.Rhs) != 1 || len(as.Lhs) != 1 {
				return nil
			}
			store = as
		}
	}
	if def == nil || store == nil {
		return nil
	}
	read, ok := ast.Unparen(def.(*ast.AssignStmt).Rhs[0]).(*ast.CallExpr)
	enc, ok2 := ast.Unparen(store.(*ast.AssignStmt).Rhs[0]).(*ast.CallExpr)
	lhs, ok3 := store.(*ast.AssignStmt).Lhs[0].(*ast.SelectorExpr)
	if !ok || !ok2 || !ok3 || len(read.Args) != 0 || len(enc.Args) != 0 || lhs.Sel.Name != "RawQuery" {
		return nil
	}
	readSel, ok := read.Fun.(*ast.SelectorExpr)
	encSel, ok2 := enc.Fun.(*ast.SelectorExpr)
	if !ok || !ok2 || readSel.Sel.Name != "Query" || encSel.Sel.Name != "Encode" || ast.Unparen(encSel.X) != ast.Expr(asIdent(encSel.X)) ||
		info.Uses[asIdent(encSel.X)] != q || p.text(readSel.X) != p.text(lhs.X) || !p.isPlain(lhs.X) {
		return nil
	}
	d1, ok := p.deleteLines(def)
	d2, ok2 := p.deleteLines(store)
	if !ok || !ok2 {
		return nil
	}
	return []analysis.TextEdit{d1, d2}
}

// checkValuesLiteral reports url.Values{"apikey": {key}} in a function that
// talks to Whispir.
func (p *passState) checkValuesLiteral(cur inspector.Cursor, lit *ast.CompositeLit) {
	t := p.pass.TypesInfo.TypeOf(lit)
	values := isNamed(t, "net/url", "Values")
	if !values && !isQueryMap(t) {
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
		fix, why := (*analysis.SuggestedFix)(nil), "the query has type "+types.TypeString(t, types.RelativeTo(p.pass.Pkg))+
			", not url.Values: remove the parameter and set the x-api-key header on every request it reaches by hand"
		if values {
			fix, why = p.valuesLiteralFix(cur, lit, kv)
		}
		p.queueKey(cur, kv.Pos(), kv.End(), withWhy(keyInQueryMessage, why), fix)
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
	if as, ok := cur.Parent().Node().(*ast.AssignStmt); ok && len(as.Lhs) == 1 {
		if why := p.keySetOnce(fnCur, as.Lhs[0]); why != "" {
			return nil, why
		}
	}
	flow := p.followURL(fnCur, cur)
	if flow.appended {
		return nil, appendedByHand
	}
	edits, why := p.withHeader(cur, lit, flow, key, []analysis.TextEdit{del})
	if why != "" {
		return nil, why
	}
	return &analysis.SuggestedFix{Message: "Move the API key to the x-api-key header", TextEdits: edits}, ""
}

// isQueryMap reports whether t is a map from strings to lists of strings:
// a query type of the code's own (type Params url.Values, map[string][]string).
func isQueryMap(t types.Type) bool {
	m, ok := t.Underlying().(*types.Map)
	if !ok || !isStringType(m.Key()) {
		return false
	}
	s, ok := m.Elem().Underlying().(*types.Slice)
	return ok && isStringType(s.Elem())
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

// placeholderPattern matches the text a key's place holds in a template of
// a URL rather than a key: a format verb (%s, %[2]v), {key}, {0}, {{.Key}},
// $KEY, ${KEY}, :key, <key>.
var placeholderPattern = regexp.MustCompile(`^(%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z]|\{\{[^}]*\}\}|\{[^}]*\}|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|:[A-Za-z_][A-Za-z0-9_]*|<[^>]*>)$`)

// isPlaceholder reports whether the text in a key's place is a
// placeholder, not a key written in the source.
func isPlaceholder(key string) bool { return placeholderPattern.MatchString(key) }
