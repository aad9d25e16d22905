package main

import (
	"cmp"
	"encoding/json"
	"go/scanner"
	"go/token"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/whispirlint/whispirlint/fixer"
)

// A masker hides credentials in text the driver prints. It knows two kinds:
// the values written in the spans of secret findings (keys, users,
// passwords, and the base64 forms of user:password), hidden wherever they
// occur; and string literals that show a credential on their own or stand on
// a line about credentials, hidden in any Go source line it is given, even
// when no finding points at them (a _test.go file without
// -secrets-in-tests, a diff's context lines).
type masker struct {
	secrets []string // hidden wherever they occur, longest first
	exact   []string // hidden as whole string literals (users too)
}

// minSecret is the length from which a value found in a finding is hidden
// wherever it occurs; shorter values only as whole string literals, where
// hiding them cannot mangle unrelated text.
const minSecret = 4

// A secretSpan is where the credentials of a secret finding are written:
// byte offsets in a file on disk (//line directives not applied).
type secretSpan struct {
	File        string
	Offset, End int
	Format      bool     // the span is a call whose first argument is a format, not a credential
	Consts      []string // values of the constant expressions in the span, for credentials folded from constants
}

func newMasker(spans []secretSpan, readFile func(string) ([]byte, error)) *masker {
	m := &masker{}
	files := make(map[string][]byte)
	for _, s := range spans {
		data, ok := files[s.File]
		if !ok {
			data, _ = readFile(s.File)
			files[s.File] = data
		}
		if s.Offset < 0 || s.End > len(data) || s.Offset > s.End {
			continue // the file changed (-fix): nothing reliable to read
		}
		switch {
		case s.Format:
		case len(s.Consts) == 2:
			// Have: SetBasicAuth(user, password) with constants: the user
			// is hidden as a literal only, as below.
			m.exact = append(m.exact, s.Consts[0])
			m.add(secretsIn(s.Consts[1])...)
			m.add(fixer.BasicForms(s.Consts[0] + ":" + s.Consts[1])...)
		default:
			for _, v := range s.Consts {
				m.add(secretsIn(v)...)
			}
		}
		var values []string
		for _, lit := range stringLiterals(data[s.Offset:s.End]) {
			if v, err := strconv.Unquote(lit); err == nil {
				values = append(values, v)
			}
		}
		if s.Format && len(values) > 0 {
			// Have: fmt.Sprintf(".../query?username=%s&password=%s", "user", "pass").
			// The format stays readable; the literal arguments are the credentials.
			m.add(credentialsIn(values[0])...)
			for _, v := range values[1:] {
				m.add(secretsIn(v)...)
			}
			m.exact = append(m.exact, values[1:]...)
			continue
		}
		m.exact = append(m.exact, values...)
		if len(values) > 1 {
			// Have: "Basic " + "dXNlcjpwYXNzd29yZA==": the finding is the folded constant.
			m.add(credentialsIn(strings.Join(values, ""))...)
		}
		if len(values) == 2 {
			// Have: SetBasicAuth("user", "password"). A user name alone is
			// hidden only as a literal: hiding "admin" everywhere would
			// mangle file names.
			m.add(secretsIn(values[1])...)
			m.add(fixer.BasicForms(values[0] + ":" + values[1])...)
			continue
		}
		for _, v := range values {
			m.add(secretsIn(v)...)
		}
	}
	slices.SortFunc(m.secrets, func(x, y string) int { return cmp.Or(len(y)-len(x), strings.Compare(x, y)) })
	m.secrets = slices.Compact(m.secrets)
	return m
}

// with returns a masker that hides what m and other hide.
func (m *masker) with(other *masker) *masker {
	if other == nil {
		return m
	}
	both := &masker{secrets: slices.Concat(m.secrets, other.secrets), exact: slices.Concat(m.exact, other.exact)}
	slices.SortFunc(both.secrets, func(x, y string) int { return cmp.Or(len(y)-len(x), strings.Compare(x, y)) })
	both.secrets = slices.Compact(both.secrets)
	return both
}

func (m *masker) add(values ...string) {
	for _, v := range values {
		if v == "" || isHarmless(v) {
			continue
		}
		m.secrets = append(m.secrets, v)
		if parts := strings.Split(v, "\n"); len(parts) > 1 {
			// A raw string over several lines: text is shown line by line
			// (source lines, diff lines), so hide each line's part too,
			// the first and last with their backquote, so that the same
			// word elsewhere (a file name) stays readable.
			parts[0] = "`" + parts[0]
			parts[len(parts)-1] += "`"
			for _, part := range parts {
				if len(part) >= minSecret {
					m.secrets = append(m.secrets, part)
				}
			}
		}
	}
}

// stringLiterals returns the string literals in a piece of Go source.
func stringLiterals(src []byte) []string {
	var s scanner.Scanner
	fset := token.NewFileSet()
	s.Init(fset.AddFile("", -1, len(src)), src, func(token.Position, string) {}, 0)
	var lits []string
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			return lits
		}
		if tok == token.STRING {
			lits = append(lits, lit)
		}
	}
}

// secretsIn returns the credentials a string value holds: the token and
// user:password of a Basic header, the key of an App or IBSSO header, the
// value of an apikey query parameter; otherwise the value itself, which a
// secret finding points at (a key, a user, a password).
func secretsIn(v string) []string {
	if found := credentialsIn(v); len(found) > 0 {
		return found
	}
	out := []string{v}
	if _, password, ok := strings.Cut(v, ":"); ok {
		out = append(out, password)
		out = append(out, fixer.BasicForms(v)...)
	}
	return out
}

// credentialsIn returns the credentials that v shows on its own, without a
// finding to point at it.
func credentialsIn(v string) []string {
	if user, password, token, ok := fixer.DecodeBasic(v); ok {
		return append([]string{token, user + ":" + password, password}, fixer.BasicForms(user+":"+password)...)
	}
	for _, scheme := range []string{"App", "IBSSO", "Bearer"} {
		if token, ok := fixer.AuthToken(v, scheme); ok && fixer.LooksLikeKey(token) {
			return []string{token}
		}
	}
	return queryCredentials(v)
}

// credentialParams are the query parameters whose values are credentials:
// Whispir's apikey, the account of Infobip's legacy query endpoint, and the
// usual others.
var credentialParams = []string{"apikey", "api_key", "key", "username", "user", "password", "passwd", "pwd", "secret", "token", "access_token"}

// queryCredentials returns the values of the credential parameters of a
// URL or query string (name=value, after '?' or '&', or at the start).
func queryCredentials(v string) []string {
	var found []string
	for _, field := range strings.FieldsFunc(v, func(r rune) bool { return r == '?' || r == '&' }) {
		name, value, ok := strings.Cut(field, "=")
		value, _, _ = strings.Cut(value, "#")
		if ok && value != "" && !formatVerb.MatchString(value) && slices.ContainsFunc(credentialParams, func(p string) bool { return strings.EqualFold(p, name) }) {
			found = append(found, value)
		}
	}
	return found
}

// isHarmless reports whether a value is a name rather than a credential:
// a header or parameter name, a scheme word, or an environment variable.
func isHarmless(v string) bool {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "x-api-key", "authorization", "apikey", "api_key", "api-key", "content-type", "accept",
		"basic", "app", "ibsso", "bearer", "user", "username", "password", ":":
		return true
	}
	return envName.MatchString(v)
}

var envName = regexp.MustCompile(`^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$`)

// hostName matches a lower-case DNS name ("api.whispir.com"); keys and
// tokens with dots (JWTs) have upper-case letters.
var hostName = regexp.MustCompile(`^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(:[0-9]+)?$`)

// mediaType matches a MIME type ("application/vnd.whispir.message-v1+json").
var mediaType = regexp.MustCompile(`^(application|text|image|audio|video|multipart)/[a-z0-9.+-]+$`)

// queryString matches a query string or a piece of one ("&priority=high").
var queryString = regexp.MustCompile(`^[?&]?[A-Za-z][A-Za-z0-9_.-]*=[^&=?]*(&[A-Za-z][A-Za-z0-9_.-]*=[^&=?]*)*$`)

// formatVerb matches a printf verb standing for a value ("apikey=%s").
var formatVerb = regexp.MustCompile(`^%[-+# 0-9.\[\]]*[a-zA-Z]$`)

// queryPart matches the text around a query value that is not one:
// "?apikey=", "&limit=", "apikey=".
var queryPart = regexp.MustCompile(`^[?&]?[A-Za-z][A-Za-z0-9_.-]*=$|^[?&]$`)

// goString matches the Go string literals within one line.
var goString = quotedMatcher{"\"`", goStringAt}

// goStringAt returns the end of the Go string literal within one line that
// starts at s[i], or -1: a "quoted" string (escapes included) or a `raw`
// one.
func goStringAt(s string, i int) int {
	switch s[i] {
	case '"':
		for j := i + 1; j < len(s); j++ {
			switch s[j] {
			case '"':
				return j + 1
			case '\n':
				return -1
			case '\\':
				if j+1 == len(s) || s[j+1] == '\n' {
					return -1
				}
				j++
			}
		}
	case '`':
		if j := strings.IndexAny(s[i+1:], "`\n"); j >= 0 && s[i+1+j] == '`' {
			return i + 1 + j + 1
		}
	}
	return -1
}

// A quotedMatcher finds quoted strings in a text, as a regexp would,
// several times faster than one (a -json report of a thousand findings
// spent a third of its run in the regexps). starts holds the bytes a
// string may start with; at returns the end of the string that starts at
// s[i], or -1.
type quotedMatcher struct {
	starts string
	at     func(s string, i int) int
}

// ReplaceAllStringFunc returns s with each string replaced by what repl
// returns for it, as regexp.Regexp.ReplaceAllStringFunc does.
func (m quotedMatcher) ReplaceAllStringFunc(s string, repl func(string) string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		k := strings.IndexAny(s[i:], m.starts)
		if k < 0 {
			break
		}
		i += k
		end := m.at(s, i)
		if end < 0 {
			i++
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(repl(s[i:end]))
		last, i = end, end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// passwordLine matches a line about passwords and Authorization headers,
// whose other string literals are hidden when they could be one (a single
// word); keyLine a line about API keys, whose literals are hidden when they
// are also shaped like a key, so that the other parameters of a URL built
// beside the key ("limit", "5") stay readable.
var (
	passwordLine = newFoldWords("setbasicauth", "authorization", "password", "passwd", "secret", "ibsso", "basic ")
	keyLine      = newFoldWords("x-api-key", "apikey", "api_key", "token")
)

// foldWords matches a text that holds one of its lower-case ASCII words in
// any letter case, as the regexp (?i)word|word... does, which it is used
// for on other than ASCII text only: there the regexp's case folding
// finds more (the Kelvin sign is a k, ſ an s); on ASCII text a search
// without it is several times faster (the lines of a -json report of a
// thousand findings were a third of its run).
type foldWords struct {
	words []string
	re    *regexp.Regexp
}

func newFoldWords(words ...string) foldWords {
	alts := make([]string, len(words))
	for i, w := range words {
		alts[i] = regexp.QuoteMeta(w)
	}
	return foldWords{words, regexp.MustCompile("(?i)" + strings.Join(alts, "|"))}
}

// MatchString reports whether s holds one of the words.
func (f foldWords) MatchString(s string) bool {
	for i := range len(s) {
		if s[i] >= utf8.RuneSelf {
			return f.re.MatchString(s)
		}
	}
	for _, w := range f.words {
		if fixer.ContainsFold(s, w) {
			return true
		}
	}
	return false
}

// keyShaped reports whether v could be an API key or token: 8 or more
// characters from the alphabets keys use, with a letter and a digit.
func keyShaped(v string) bool {
	letter, digit := false, false
	for _, c := range []byte(v) {
		switch {
		case '0' <= c && c <= '9':
			digit = true
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			letter = true
		case strings.IndexByte("-._~+/=", c) < 0:
			return false
		}
	}
	return len(v) >= 8 && letter && digit
}

// maskText hides the credentials in text (source lines, diff lines,
// messages).
func (m *masker) maskText(text string) string {
	for _, s := range m.secrets {
		if len(s) >= minSecret {
			text = strings.ReplaceAll(text, s, mask(s))
		}
	}
	lines := strings.SplitAfter(text, "\n")
	for i, line := range lines {
		onPasswordLine, onKeyLine := passwordLine.MatchString(line), keyLine.MatchString(line)
		lines[i] = goString.ReplaceAllStringFunc(line, func(lit string) string {
			v, err := strconv.Unquote(lit)
			if err != nil || strings.Contains(v, maskPrefix) {
				return lit // not a literal, or masked already
			}
			masked := v
			for _, s := range credentialsIn(v) {
				if s != "" {
					masked = strings.ReplaceAll(masked, s, mask(s))
				}
			}
			if masked == v && (v != "" && slices.Contains(m.exact, v) && !isHarmless(v) ||
				onPasswordLine && couldBeSecret(v) || onKeyLine && couldBeSecret(v) && keyShaped(v)) {
				masked = mask(v)
			}
			if masked == v {
				return lit
			}
			return fixer.QuoteLike(lit, masked)
		})
	}
	return strings.Join(lines, "")
}

// couldBeSecret reports whether a literal on a credential line could be a
// credential: one word that is not a name, a URL or a path.
func couldBeSecret(v string) bool {
	switch {
	case v == "", isHarmless(v), strings.ContainsAny(v, " \t\n"):
		return false
	case strings.Contains(v, "://"), strings.HasPrefix(v, "/"), strings.HasPrefix(v, "%"):
		return false // a URL, a path, a format
	case hostName.MatchString(v), queryPart.MatchString(v), mediaType.MatchString(v):
		return false // "api.whispir.com", "?apikey=", "application/json"
	case queryString.MatchString(v):
		return false // "&limit=10": credentialsIn hides credential parameters
	}
	switch strings.ToLower(v) {
	case "http", "https", "get", "head", "post", "put", "patch", "delete", "options":
		return false
	}
	return true
}

// mask is the text that replaces a credential: it identifies the secret
// as the messages do (fixer.Redact) without revealing it.
func mask(secret string) string { return maskPrefix + fixer.Redact(secret) + "]" }

const maskPrefix = "[redacted "

// jsonString matches the JSON string tokens of a text.
var jsonString = quotedMatcher{`"`, jsonStringAt}

// jsonStringAt returns the end of the JSON string token that starts at
// s[i], or -1.
func jsonStringAt(s string, i int) int {
	for j := i + 1; j < len(s); j++ {
		switch s[j] {
		case '"':
			return j + 1
		case '\\':
			if j+1 == len(s) || s[j+1] == '\n' {
				return -1
			}
			j++
		}
	}
	return -1
}

// maskJSON hides the credentials in the string values of a JSON text,
// leaving its layout alone.
func (m *masker) maskJSON(text string) string {
	return jsonString.ReplaceAllStringFunc(text, func(tok string) string {
		var v string
		if err := json.Unmarshal([]byte(tok), &v); err != nil {
			return tok
		}
		masked := m.maskText(v)
		if masked == v {
			return tok
		}
		b, err := json.Marshal(masked)
		if err != nil {
			return tok
		}
		return string(b)
	})
}

// maskFindings prepares findings for a log that leaves the machine (SARIF
// for code scanning): a fix whose text would show a credential is left out
// (hiding part of it would make it wrong), and messages are masked.
func maskFindings(findings []finding, m *masker) []finding {
	out := slices.Clone(findings)
	for i, f := range out {
		out[i].message = m.maskText(f.message)
		if f.fix == nil {
			continue
		}
		for _, e := range f.fix.edits {
			if m.maskText(e.newText) != e.newText {
				out[i].fix = nil
				out[i].message += " (its fix is left out of this log: the fix's text would show a credential)"
				break
			}
		}
	}
	return out
}
