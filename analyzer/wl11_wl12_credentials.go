package analyzer

// Rules WL11 (hardcoded Basic credentials) and WL12 (hardcoded API keys).

import (
	"bytes"
	"cmp"
	"fmt"
	"go/ast"
	"go/format"
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

var ruleBasicCredentials = Rule{
	ID:    "WL11",
	Name:  "hardcoded-basic-credentials",
	Title: "Hardcoded Basic credentials",
	Finds: "Basic credentials written in the source, for any host: an Authorization value " +
		`"Basic <base64>" whose payload decodes to user:password (any of the four base64 alphabets), ` +
		`"Basic " + base64.<Encoding>.EncodeToString([]byte("user:password")), and ` +
		`req.SetBasicAuth with a literal or constant password (or a key as the user with an empty password), ` +
		"in header literals, Header.Set/Add and map assignments alike. _test.go files only with -secrets-in-tests. " +
		"Messages never show the secret: they name it by its first character and a short hash.",
	Fix: "With -secrets=env only (report only by default): reads the user and password from the environment " +
		"(WHISPIR_USERNAME/WHISPIR_PASSWORD next to Whispir code, INFOBIP_USERNAME/INFOBIP_PASSWORD next to Infobip code, " +
		"SINCH_KEY_ID/SINCH_KEY_SECRET next to Sinch code, BASIC_AUTH_USERNAME/BASIC_AUTH_PASSWORD elsewhere), " +
		"adding the os and encoding/base64 imports it needs. Constants are left for you to delete; " +
		"a credential in a const declaration gets no fix.",
	Since:   "v0.1.0",
	Before:  `req.Header.Set("Authorization", "Basic dXNlcjpwYXNzd29yZA==")`,
	After:   `req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(os.Getenv("WHISPIR_USERNAME")+":"+os.Getenv("WHISPIR_PASSWORD"))))`,
	Sources: "Whispir: every request carries Authorization: Basic base64(user:password). Infobip: Basic is the \"least recommended\" method. Sinch: Basic is for testing only.",
}

var ruleHardcodedKey = Rule{
	ID:    "WL12",
	Name:  "hardcoded-api-key",
	Title: "Hardcoded API key",
	Finds: "API keys written in the source: a literal or constant x-api-key header value (any letter case; " +
		"Header.Set/Add, header literals and map assignments), a key written into a Whispir URL's apikey " +
		"query parameter (or url.Values), and an Infobip Authorization value \"App <key>\" or \"IBSSO <token>\". " +
		"_test.go files only with -secrets-in-tests. Messages never show the key: they name it by its first " +
		"character and a short hash.",
	Fix: "With -secrets=env only (report only by default): reads the key from the environment " +
		"(WHISPIR_API_KEY for Whispir code, API_KEY for other x-api-key headers, INFOBIP_API_KEY for App, " +
		"INFOBIP_SESSION_TOKEN for IBSSO), adding the os import. A key inside a Whispir URL is moved by WL02's fix, " +
		"which under -secrets=env sends os.Getenv(\"WHISPIR_API_KEY\") in the x-api-key header instead.",
	Since:   "v0.1.0",
	Before:  `req.Header.Set("x-api-key", "3f9c2a7be41d4c0a")`,
	After:   `req.Header.Set("x-api-key", os.Getenv("WHISPIR_API_KEY"))`,
	Sources: "Whispir: the key goes ONLY in the x-api-key header. Infobip: Authorization: App <api key> (recommended) or IBSSO <session token>, which expires after 60 minutes.",
}

// SecretRules are the rules whose findings point at a credential written
// in the source. Drivers must not print the source text their findings
// cover (or fix text that repeats it): see docs/credentials.md.
var SecretRules = []string{ruleBasicCredentials.ID, ruleHardcodedKey.ID, ruleInfobipURLCredentials.ID}

// secretsFix reports whether the credential rules offer fixes (-secrets=env).
func (p *passState) secretsFix() bool { return p.cfg.Secrets == "env" }

// secretsChecked reports whether the credential rules look at the file
// holding pos: _test.go files only with -secrets-in-tests.
func (p *passState) secretsChecked(pos token.Pos) bool {
	tf := p.pass.Fset.File(pos)
	return tf != nil && (p.cfg.SecretsInTests || !strings.HasSuffix(tf.Name(), "_test.go"))
}

// checkCredentials runs rules WL11 and WL12 (except the Whispir URL key of
// WL12, which the WL02 checks hand to reportKeyInURL).
func (p *passState) checkCredentials() {
	if !p.anyFileWith(hintCredential) {
		return // fast path, before any inspector is built
	}
	c := &credChecker{passState: p, seen: make(map[ast.Node]bool), provider: make(map[ast.Node]string)}
	c.check()
}

// credChecker is the state of WL11 and WL12 in one pass.
type credChecker struct {
	*passState
	seen     map[ast.Node]bool   // expressions reported already
	provider map[ast.Node]string // memo of providerNear, by function or file
}

func (p *credChecker) check() {
	for _, fc := range p.fileCursors(hintCredential) {
		if !p.secretsChecked(fc.Node().Pos()) {
			continue
		}
		for cur := range fc.Preorder((*ast.BasicLit)(nil), (*ast.BinaryExpr)(nil), (*ast.CallExpr)(nil),
			(*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.BasicLit:
				if n.Kind == token.STRING && !p.isConcatOperand(cur) {
					p.checkSecretString(cur, n)
				}
			case *ast.BinaryExpr:
				if p.isConcat(n) && !p.isConcatOperand(cur) {
					p.checkSecretString(cur, n)
				}
			case *ast.CallExpr:
				p.checkCredentialCall(cur, n)
			case *ast.CompositeLit:
				p.checkHeaderLiteral(cur, n)
			case *ast.AssignStmt:
				p.checkHeaderAssign(cur, n)
			}
		}
	}
}

// credentialWords are the texts without which a file holds no finding of
// WL11 or WL12 (in a string constant or a selector name).
var credentialWords = []string{"basic", "app ", "ibsso", "x-api-key", "setbasicauth", "encodetostring"}

func mentionsCredential(s string) bool {
	for _, w := range credentialWords {
		if fixer.ContainsFold(s, w) {
			return true
		}
	}
	return false
}

// checkSecretString reports a string constant written in the source whose
// value is an Authorization header with a credential in it.
func (p *credChecker) checkSecretString(cur inspector.Cursor, e ast.Expr) {
	v, ok := p.stringValue(e)
	if !ok {
		return
	}
	if user, password, _, ok := fixer.DecodeBasic(v); ok {
		// Have: "Basic dXNlcjpwYXNzd29yZA==" (or folded from "Basic " + "...").
		names := p.basicNames(cur)
		var fix *analysis.SuggestedFix
		why := ""
		if p.secretsFix() {
			fix, why = p.basicHeaderFix(cur, e, v, names)
		}
		p.reportOnce(e, ruleBasicCredentials, basicMessage(user, password, names, why), fix)
		return
	}
	for _, scheme := range []struct{ name, env, what string }{
		{"App", "INFOBIP_API_KEY", "Infobip API key"},
		{"IBSSO", "INFOBIP_SESSION_TOKEN", "Infobip session token"},
	} {
		token, ok := fixer.AuthToken(v, scheme.name)
		if !ok || !fixer.LooksLikeKey(token) {
			continue
		}
		// Have: "App 003026bbc133714df1834b8638bb496e-8f4b3d9a" (or IBSSO).
		var fix *analysis.SuggestedFix
		why := ""
		if p.secretsFix() {
			fix, why = p.replaceWithEnv(cur, e, v[:len(v)-len(token)], scheme.env, "Read the "+scheme.what+" from "+scheme.env)
		}
		msg := scheme.what + " " + fixer.Redact(token) + " written in the source: read it from the environment (" + scheme.env + ") or a secret store"
		if scheme.name == "IBSSO" {
			msg += "; a session token expires after 60 minutes anyway"
		}
		p.reportOnce(e, ruleHardcodedKey, withWhy(msg, why), fix)
		return
	}
}

// reportOnce reports a finding at n unless a credential rule has already
// reported one there (a header value is both a header and a string).
func (p *credChecker) reportOnce(n ast.Node, r Rule, msg string, fix *analysis.SuggestedFix) {
	if p.seen[n] {
		return
	}
	p.seen[n] = true
	p.report(r, n.Pos(), n.End(), msg, fix)
}

func withWhy(msg, why string) string {
	if why != "" {
		return msg + "; " + why
	}
	return msg
}

// envNames are the environment variables a fix reads a credential from.
type envNames struct{ user, password string }

// basicMessage is the WL11 message: it names the credential by its redacted
// form only.
func basicMessage(user, password string, names envNames, why string) string {
	msg := "hardcoded Basic credentials " + fixer.Redact(user+":"+password) +
		": read the user and password from the environment (" + names.user + ", " + names.password + ") or a secret store, and change the password"
	return withWhy(msg, why)
}

// checkCredentialCall handles the call-shaped sites: SetBasicAuth, the
// base64 encoding of "user:password" for a Basic header, and x-api-key
// headers set with Header.Set or Add.
func (p *credChecker) checkCredentialCall(cur inspector.Cursor, call *ast.CallExpr) {
	fn, _ := typeutil.Callee(p.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || !isMethod(fn) {
		return
	}
	recv := derefType(fn.Signature().Recv().Type())
	switch {
	case fn.Name() == "SetBasicAuth" && isNamed(recv, "net/http", "Request") && len(call.Args) == 2:
		p.checkSetBasicAuth(cur, call)
	case fn.Name() == "EncodeToString" && isNamed(recv, "encoding/base64", "Encoding") && len(call.Args) == 1:
		p.checkEncodedBasic(cur, call)
	case (fn.Name() == "Set" || fn.Name() == "Add") && isNamed(recv, "net/http", "Header") && len(call.Args) == 2:
		if p.isKeyHeaderName(call.Args[0]) {
			p.checkKeyValue(cur, call.Args[1])
		}
	}
}

// checkSetBasicAuth reports req.SetBasicAuth(user, password) with a
// constant password, or a constant user (a key) and an empty password.
func (p *credChecker) checkSetBasicAuth(cur inspector.Cursor, call *ast.CallExpr) {
	user, userConst := p.stringValue(call.Args[0])
	password, passConst := p.stringValue(call.Args[1])
	switch {
	case passConst && password != "":
	case passConst && userConst && user != "":
		// Have: SetBasicAuth("key", ""): the key is the user.
	default:
		return // Have: SetBasicAuth(user, os.Getenv("PASSWORD")): nothing written here.
	}
	names := p.basicNames(cur)
	var fix *analysis.SuggestedFix
	why := ""
	if p.secretsFix() {
		var edits []envEdit
		for i, name := range []string{names.user, names.password} {
			if _, ok := p.stringValue(call.Args[i]); ok {
				edits = append(edits, envEdit{node: call.Args[i], format: "%[1]s.Getenv(" + strconv.Quote(name) + ")"})
			}
		}
		fix, why = p.envFix(cur, edits, "Read the credentials from "+names.user+" and "+names.password)
	}
	at := &span{call.Args[0].Pos(), call.Args[1].End()}
	p.reportOnce(at, ruleBasicCredentials, basicMessage(user, password, names, why), fix)
}

// checkEncodedBasic reports "Basic " + enc.EncodeToString([]byte("user:password")).
func (p *credChecker) checkEncodedBasic(cur inspector.Cursor, call *ast.CallExpr) {
	conv, ok := ast.Unparen(call.Args[0]).(*ast.CallExpr)
	if !ok || len(conv.Args) != 1 || !p.isByteConversion(conv) {
		return
	}
	payload, ok := p.stringValue(conv.Args[0])
	if !ok || !p.followsBasic(cur) {
		return
	}
	user, password, found := strings.Cut(payload, ":")
	if !found {
		return // Not Basic credentials: the payload has no ':'.
	}
	names := p.basicNames(cur)
	var fix *analysis.SuggestedFix
	why := ""
	if p.secretsFix() {
		text := "%[1]s.Getenv(" + strconv.Quote(names.user) + ") + \":\" + %[1]s.Getenv(" + strconv.Quote(names.password) + ")"
		fix, why = p.envFix(cur, []envEdit{{node: conv.Args[0], format: text}}, "Read the credentials from "+names.user+" and "+names.password)
	}
	p.reportOnce(conv.Args[0], ruleBasicCredentials, basicMessage(user, password, names, why), fix)
}

// isByteConversion reports whether call is a conversion to []byte.
func (p *credChecker) isByteConversion(call *ast.CallExpr) bool {
	tv, ok := p.pass.TypesInfo.Types[call.Fun]
	if !ok || !tv.IsType() {
		return false
	}
	s, ok := tv.Type.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

// followsBasic reports whether cur is an operand of a concatenation whose
// constant text just before it ends with "Basic ".
func (p *credChecker) followsBasic(cur inspector.Cursor) bool {
	root := cur
	for c := cur.Parent(); c.Valid(); c = c.Parent() {
		if e, ok := c.Node().(ast.Expr); ok && p.isConcat(e) {
			root = c
			continue
		}
		if _, ok := c.Node().(*ast.ParenExpr); ok {
			continue
		}
		break
	}
	if root == cur {
		return false
	}
	prefix := ""
	var walk func(e ast.Expr) bool
	walk = func(e ast.Expr) bool {
		e = ast.Unparen(e)
		if e == cur.Node() {
			return true
		}
		if b, ok := e.(*ast.BinaryExpr); ok && p.isConcat(b) {
			return walk(b.X) || walk(b.Y)
		}
		if v, ok := p.stringValue(e); ok {
			prefix += v
		} else {
			prefix = ""
		}
		return false
	}
	if !walk(root.Node().(ast.Expr)) {
		return false
	}
	return strings.HasSuffix(strings.ToLower(prefix), "basic ")
}

// isKeyHeaderName reports whether e is the constant "x-api-key" (any case).
func (p *credChecker) isKeyHeaderName(e ast.Expr) bool {
	v, ok := p.stringValue(e)
	return ok && strings.EqualFold(v, "x-api-key")
}

// checkKeyValue reports a constant (non-empty) value of an x-api-key header.
func (p *credChecker) checkKeyValue(cur inspector.Cursor, value ast.Expr) {
	key, ok := p.stringValue(value)
	if !ok || key == "" {
		return
	}
	env := "API_KEY"
	if p.providerNear(cur) == "whispir" {
		env = whispirKeyEnv
	}
	var fix *analysis.SuggestedFix
	why := ""
	if p.secretsFix() {
		fix, why = p.envFix(cur, []envEdit{{node: value, format: "%[1]s.Getenv(" + strconv.Quote(env) + ")"}}, "Read the API key from "+env)
	}
	msg := "API key " + fixer.Redact(key) + " written in the source: read it from the environment (" + env + ") or a secret store"
	p.reportOnce(value, ruleHardcodedKey, withWhy(msg, why), fix)
}

// whispirKeyEnv is where -secrets=env fixes read the Whispir API key from.
const whispirKeyEnv = "WHISPIR_API_KEY"

// checkHeaderLiteral reports http.Header{"X-Api-Key": {"KEY"}}.
func (p *credChecker) checkHeaderLiteral(cur inspector.Cursor, lit *ast.CompositeLit) {
	if !isNamed(p.pass.TypesInfo.TypeOf(lit), "net/http", "Header") {
		return
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok && p.isKeyHeaderName(kv.Key) {
			p.checkKeyValues(cur, kv.Value)
		}
	}
}

// checkHeaderAssign reports h["X-Api-Key"] = []string{"KEY"} on an http.Header.
func (p *credChecker) checkHeaderAssign(cur inspector.Cursor, as *ast.AssignStmt) {
	if len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, lhs := range as.Lhs {
		ix, ok := lhs.(*ast.IndexExpr)
		if ok && isNamed(p.pass.TypesInfo.TypeOf(ix.X), "net/http", "Header") && p.isKeyHeaderName(ix.Index) {
			p.checkKeyValues(cur, as.Rhs[i])
		}
	}
}

// checkKeyValues checks the elements of a []string{...} header value.
func (p *credChecker) checkKeyValues(cur inspector.Cursor, values ast.Expr) {
	vals, ok := ast.Unparen(values).(*ast.CompositeLit)
	if !ok {
		return
	}
	for _, v := range vals.Elts {
		if c, ok := cur.FindNode(v); ok {
			p.checkKeyValue(c, v)
		}
	}
}

// providerNear names the provider the code around cur talks to: the first
// of whispir, infobip and sinch that its function mentions (in a string or
// a name), else that its file mentions, else "".
func (p *credChecker) providerNear(cur inspector.Cursor) string {
	var scopes []ast.Node
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.File)(nil)) {
		scopes = append(scopes, c.Node())
	}
	for _, n := range scopes {
		if name := p.providerIn(n); name != "" {
			return name
		}
	}
	return ""
}

func (p *credChecker) providerIn(n ast.Node) string {
	if name, ok := p.provider[n]; ok {
		return name
	}
	found := map[string]bool{}
	ast.Inspect(n, func(n ast.Node) bool {
		text := ""
		switch n := n.(type) {
		case *ast.BasicLit:
			text = n.Value
		case *ast.Ident:
			text = n.Name
		}
		for _, w := range providers {
			if fixer.ContainsFold(text, w) {
				found[w] = true
			}
		}
		return true
	})
	name := ""
	for _, w := range providers {
		if found[w] {
			name = w
			break
		}
	}
	p.provider[n] = name
	return name
}

// providers in the order of preference when code mentions several.
var providers = []string{"whispir", "infobip", "sinch"}

// basicNames are the variables a Basic credential is read from.
func (p *credChecker) basicNames(cur inspector.Cursor) envNames {
	switch p.providerNear(cur) {
	case "whispir":
		return envNames{user: "WHISPIR_USERNAME", password: "WHISPIR_PASSWORD"}
	case "infobip":
		return envNames{user: "INFOBIP_USERNAME", password: "INFOBIP_PASSWORD"}
	case "sinch":
		return envNames{user: "SINCH_KEY_ID", password: "SINCH_KEY_SECRET"}
	}
	return envNames{user: "BASIC_AUTH_USERNAME", password: "BASIC_AUTH_PASSWORD"}
}

// basicHeaderFix replaces "Basic <base64>" by the same header built from
// the environment, in the same base64 alphabet.
func (p *credChecker) basicHeaderFix(cur inspector.Cursor, e ast.Expr, header string, names envNames) (*analysis.SuggestedFix, string) {
	_, _, token, _ := fixer.DecodeBasic(header)
	text := strconv.Quote(header[:len(header)-len(token)]) + " + %[2]s." + fixer.BasicEncodingName(token) +
		".EncodeToString([]byte(%[1]s.Getenv(" + strconv.Quote(names.user) + ") + \":\" + %[1]s.Getenv(" + strconv.Quote(names.password) + ")))"
	return p.envFix(cur, []envEdit{{node: e, format: text}}, "Read the credentials from "+names.user+" and "+names.password)
}

// replaceWithEnv replaces e by prefix + os.Getenv(env).
func (p *credChecker) replaceWithEnv(cur inspector.Cursor, e ast.Expr, prefix, env, msg string) (*analysis.SuggestedFix, string) {
	text := strconv.Quote(prefix) + " + %[1]s.Getenv(" + strconv.Quote(env) + ")"
	return p.envFix(cur, []envEdit{{node: e, format: text}}, msg)
}

// An envEdit replaces node with format, in which %[1]s is the file's name
// for package os and %[2]s its name for encoding/base64.
type envEdit struct {
	node   ast.Expr
	format string
}

// envFix builds the fix that replaces the nodes (all under cur's
// statement) by reads of the environment: the new text gofmt-formatted in
// place, the os (and encoding/base64) imports added, and the imports that
// only the replaced text used removed.
func (p *credChecker) envFix(cur inspector.Cursor, edits []envEdit, msg string) (*analysis.SuggestedFix, string) {
	pos := edits[0].node.Pos()
	if why := p.fixBlockedAt(pos); why != "" {
		return nil, why
	}
	for c := range cur.Enclosing((*ast.GenDecl)(nil)) {
		if c.Node().(*ast.GenDecl).Tok == token.CONST {
			// Not safe: os.Getenv is not a constant expression.
			return nil, "it is declared as a constant: read it from the environment where it is used, by hand"
		}
	}
	paths := []string{"os"}
	for _, e := range edits {
		if strings.Contains(e.format, "%[2]s") {
			paths = []string{"encoding/base64", "os"}
		}
	}
	names, all, why := p.importsFor(pos, paths...)
	if why != "" {
		return nil, why
	}
	var raw []analysis.TextEdit
	for _, e := range edits {
		raw = append(raw, fixer.ReplaceNode(e.node, fmt.Sprintf(e.format, names["os"], names["encoding/base64"])))
	}
	all = append(all, p.formatted(cur, raw)...)
	removed, why := p.importsUnusedAfter(cur, edits)
	if why != "" {
		return nil, why
	}
	all = append(all, removed...)
	slices.SortFunc(all, func(x, y analysis.TextEdit) int { return cmp.Compare(x.Pos, y.Pos) })
	for i := 1; i < len(all); i++ {
		if all[i].Pos < all[i-1].End || all[i].Pos == all[i-1].Pos {
			return nil, "the imports cannot be updated in one edit: make the change by hand"
		}
	}
	return &analysis.SuggestedFix{Message: msg, TextEdits: all}, ""
}

// formatted turns edits (inside the statement or declaration around cur)
// into one edit whose result is gofmt-formatted: how gofmt spaces a + b
// depends on the expression around it. It returns the edits unchanged when
// the statement cannot be formatted on its own.
func (p *credChecker) formatted(cur inspector.Cursor, edits []analysis.TextEdit) []analysis.TextEdit {
	var node ast.Node
	topLevel := false
	for c := cur; c.Valid() && node == nil; c = c.Parent() {
		switch n := c.Node().(type) {
		case *ast.CaseClause, *ast.CommClause, *ast.BlockStmt:
		case ast.Stmt:
			node = n
		case ast.Decl:
			node, topLevel = n, true
		}
	}
	if node == nil || p.hasMultilineRaw(node) {
		return edits
	}
	text := p.textWithEdits(node, edits)
	src := p.source(node.Pos())
	indent := fixer.LineIndent(src, p.offset(node.Pos()))
	var prefix, suffix string
	if topLevel {
		prefix, suffix = "package p\n\n", "\n"
	} else {
		prefix, suffix = "package p\n\nfunc _() {\n\t", "\n}\n"
	}
	out, err := format.Source([]byte(prefix + text + suffix))
	if err != nil || !bytes.HasPrefix(out, []byte(prefix)) || !bytes.HasSuffix(out, []byte(suffix)) {
		return edits
	}
	body := string(out[len(prefix) : len(out)-len(suffix)])
	if !topLevel {
		lines := strings.Split(body, "\n")
		for i := 1; i < len(lines); i++ {
			if lines[i] != "" {
				lines[i] = indent + strings.TrimPrefix(lines[i], "\t")
			}
		}
		body = strings.Join(lines, "\n")
	}
	old := p.text(node)
	start := 0
	for start < len(old) && start < len(body) && old[start] == body[start] {
		start++
	}
	end := 0
	for end < len(old)-start && end < len(body)-start && old[len(old)-1-end] == body[len(body)-1-end] {
		end++
	}
	tf := p.pass.Fset.File(node.Pos())
	from := tf.Pos(p.offset(node.Pos()) + start)
	to := tf.Pos(p.offset(node.End()) - end)
	return []analysis.TextEdit{{Pos: from, End: to, NewText: []byte(body[start : len(body)-end])}}
}

// hasMultilineRaw reports whether n holds a raw string literal spanning
// lines, whose text re-indenting would change.
func (p *credChecker) hasMultilineRaw(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && strings.HasPrefix(lit.Value, "`") && strings.Contains(lit.Value, "\n") {
			found = true
		}
		return !found
	})
	return found
}

// importsUnusedAfter returns the edits that delete the imports which only
// the replaced nodes use (a constant of another package passed to
// SetBasicAuth), so the fixed file still compiles.
func (p *credChecker) importsUnusedAfter(cur inspector.Cursor, edits []envEdit) ([]analysis.TextEdit, string) {
	inside := func(pos token.Pos) bool {
		for _, e := range edits {
			if e.node.Pos() <= pos && pos < e.node.End() {
				return true
			}
		}
		return false
	}
	var candidates []*types.PkgName
	for _, e := range edits {
		ast.Inspect(e.node, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if pn, ok := p.pass.TypesInfo.Uses[id].(*types.PkgName); ok && !slices.Contains(candidates, pn) {
					candidates = append(candidates, pn)
				}
			}
			return true
		})
	}
	if len(candidates) == 0 {
		return nil, ""
	}
	f := p.fileOf(cur.Node().Pos())
	used := make(map[*types.PkgName]bool)
	ast.Inspect(f, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && !inside(id.Pos()) {
			if pn, ok := p.pass.TypesInfo.Uses[id].(*types.PkgName); ok {
				used[pn] = true
			}
		}
		return true
	})
	var dels []analysis.TextEdit
	for _, pn := range candidates {
		if used[pn] {
			continue
		}
		del, ok := p.deleteImport(f, pn)
		if !ok {
			return nil, "the import of " + pn.Imported().Path() + " would be left unused: make the change by hand"
		}
		dels = append(dels, del)
	}
	return dels, ""
}

// reportKeyInURL reports WL12 for an API key written into the query of a
// Whispir URL, which WL02 also reports. It has no fix of its own: WL02's
// fix moves the key (under -secrets=env as os.Getenv("WHISPIR_API_KEY")),
// and two fixes on one literal would overlap.
func (p *passState) reportKeyInURL(s *urlSite, bare bool) {
	if !p.secretsChecked(s.node.Pos()) {
		return
	}
	r, ok := fixer.RemoveKeyParam(s.parts, bare)
	if !ok {
		return
	}
	if r.KeyHole >= 0 {
		// Have: Sprintf("...?apikey=%s", "KEY"): a constant argument.
		p.reportKeyValue(s.exprs[r.KeyHole])
		return
	}
	if r.Key == "" || isPlaceholder(r.Key) {
		return // Have: ".../send?apikey=%s": a template, not a key
	}
	var at ast.Node = s.node
	for i, part := range s.parts {
		if !part.Hole && strings.Contains(part.Text, r.Key) {
			at = s.exprs[i]
			break
		}
	}
	p.reportLiteralKey(at, r.Key)
	p.reportKeyConstants(s, r.Key)
}

// reportKeyConstants reports WL12 at the declarations of the named
// constants a key is folded from ("?apikey=" + keyPart1 + keyPart2): the
// literals there are the secret, and every output masks what a finding
// points at.
func (p *passState) reportKeyConstants(s *urlSite, key string) {
	for i, part := range s.parts {
		if part.Hole || s.ownsText(i) || part.Text == "" {
			continue
		}
		obj, ok := p.objectOf(s.exprs[i]).(*types.Const)
		if !ok {
			continue
		}
		spec := p.declSpec(obj)
		if spec == nil {
			continue
		}
		ast.Inspect(spec, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING || p.keyParts[lit] {
				return true
			}
			if v, ok := p.stringValue(lit); ok && len(v) >= 4 && strings.Contains(key, v) {
				p.keyParts[lit] = true
				p.report(ruleHardcodedKey, lit.Pos(), lit.End(),
					"part of a Whispir API key "+fixer.Redact(key)+" written in the source: read the key from the environment ("+whispirKeyEnv+") or a secret store", nil)
			}
			return true
		})
	}
}

// reportLiteralKey reports the Whispir key written at n.
func (p *passState) reportLiteralKey(n ast.Node, key string) {
	msg := "Whispir API key " + fixer.Redact(key) + " written in the source: read it from the environment (" + whispirKeyEnv + ") or a secret store"
	if p.secretsFix() {
		msg += "; WL02's fix sends os.Getenv(\"" + whispirKeyEnv + "\") in the x-api-key header in its place"
	}
	p.report(ruleHardcodedKey, n.Pos(), n.End(), msg, nil)
}

// reportKeyValue reports WL12 for a constant key given to url.Values in a
// function that talks to Whispir (q.Set("apikey", "KEY")).
func (p *passState) reportKeyValue(value ast.Expr) {
	if key, ok := p.stringValue(value); ok && key != "" && p.secretsChecked(value.Pos()) {
		p.reportLiteralKey(value, key)
	}
}

// envKey is the key a WL02 fix sends in the x-api-key header: with
// -secrets=env, a key written in the source becomes
// os.Getenv("WHISPIR_API_KEY"), with the import it needs.
func (p *passState) envKey(pos token.Pos, key keyRef) (keyRef, []analysis.TextEdit, string) {
	if !p.secretsFix() || !p.secretsChecked(pos) {
		return key, nil, ""
	}
	if key.expr != nil {
		if _, ok := p.stringValue(key.expr); !ok {
			return key, nil, "" // Have: a key from a variable: nothing written here.
		}
	}
	names, edits, why := p.importsFor(pos, "os")
	if why != "" {
		return key, nil, why
	}
	return keyRef{literal: names["os"] + ".Getenv(" + strconv.Quote(whispirKeyEnv) + ")"}, edits, ""
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
