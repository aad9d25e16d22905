package configscan

import (
	"fmt"
	"go/scanner"
	"go/token"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"mvdan.cc/xurls/v2"

	"github.com/whispirlint/whispirlint/fixer"
)

// relaxed finds URLs with or without a scheme: a .env value or a YAML key
// often holds the bare host (WHISPIR_HOST=api.whispir.com). It is compiled
// on first use, not at init: the pattern (every top-level domain) takes
// milliseconds to compile, and go vet starts the binary once per package.
var relaxed = sync.OnceValue(xurls.Relaxed)

// The texts shared with the analyzer's messages.
const (
	ruleLegacyHost = "WL01"
	ruleKeyInQuery = "WL02"
	noRegion       = "set -region=REGION or $WHISPIR_REGION to get a fix (the region cannot be derived from the old URL)"
)

// ScanText returns the findings in the content of one file, with fixes for
// region ("" for none), and the regional hosts it names. content must be
// valid UTF-8; offsets and columns count bytes.
func ScanText(content []byte, region string) ([]Finding, []Use) {
	s := string(content)
	lines := lineStarts(s)
	var findings []Finding
	var uses []Use
	add := func(f Finding) {
		f.Line, f.Col = lines.position(f.Offset)
		findings = append(findings, f)
	}
	for _, m := range findURLs(s) {
		u := s[m[0]:m[1]]
		if !fixer.MentionsWhispir(u) {
			continue
		}
		refs := fixer.FindHosts(u)
		if len(refs) == 0 {
			continue
		}
		ref := refs[0] // a match is one URL; FindHosts reads its authority
		at := m[0]
		switch ref.Kind {
		case fixer.LegacyHost:
			f := legacyHost(s, at, u, ref, region)
			if f.Fix != nil && len(keyParams(at, u, ref)) > 0 {
				// Not safe: no host-only edit on a URL that keeps its key
				// in the query (WL02 is report-only here).
				f.Fix = nil
				f.Message = ruleLegacyHost + ": " + fixer.LegacyHostMessage(ref.Host, region,
					"the URL also sends the API key in its query: migrate both with the Go code that sends it, by hand")
			}
			add(f)
		case fixer.RegionalAPIHost:
			line, col := lines.position(at + ref.Start)
			uses = append(uses, Use{Line: line, Col: col, Region: regionOf(ref.Host)})
		}
		for _, f := range keyParams(at, u, ref) {
			add(f)
		}
	}
	return findings, uses
}

// findURLs returns the spans of the URLs on the lines of s that could name
// a Whispir host ("whispir." in any case: every host, retired or regional,
// has it). A URL never spans lines, and the relaxed pattern (every
// top-level domain) is slow: it runs on those lines only.
func findURLs(s string) [][]int {
	var spans [][]int
	for start := 0; start < len(s); {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		if line := s[start:end]; fixer.ContainsFold(line, "whispir.") {
			for _, m := range relaxed().FindAllStringIndex(line, -1) {
				for _, part := range splitList(line[m[0]:m[1]]) {
					spans = append(spans, []int{start + m[0] + part[0], start + m[0] + part[1]})
				}
			}
		}
		start = end + 1
	}
	return spans
}

// nextURL matches what starts a URL of its own after a comma in a match:
// a scheme, or a Whispir host.
var nextURL = regexp.MustCompile(`^(?:[A-Za-z][A-Za-z0-9+.-]*://|[A-Za-z0-9.-]*\.whispir\.com\b)`)

// splitList splits a match that is a comma-separated list of URLs
// (https://api.whispir.com/a,https://api.whispir.com/b): a comma may be
// part of a URL's path or query (?ids=1,2), so it ends one only when what
// follows starts another. It returns the spans of the URLs in u.
func splitList(u string) [][2]int {
	var parts [][2]int
	start := 0
	for i := 0; i < len(u); i++ {
		if u[i] == ',' && i > start && nextURL.MatchString(u[i+1:]) {
			parts = append(parts, [2]int{start, i})
			start = i + 1
		}
	}
	return append(parts, [2]int{start, len(u)})
}

// legacyHost reports the retired host ref of the URL u found at offset at
// of s, with a fix when the rewrite is sure to keep the URL's meaning.
func legacyHost(s string, at int, u string, ref fixer.HostRef, region string) Finding {
	hostStart, hostEnd := at+ref.Start, at+ref.End
	start := hostStart
	if ref.SchemeStart >= 0 {
		start = at + ref.SchemeStart
	}
	port, portEnd := portAfter(s, hostEnd)
	f := Finding{Rule: ruleLegacyHost, Offset: start, End: portEnd}

	why := ""
	var edit *Edit
	scheme := strings.ToLower(ref.Scheme)
	switch {
	case region == "":
		why = noRegion
	case ref.UserStart >= 0 && scheme == "https" && (port == "" || port == "443"):
		// Have: https://user:password@api.whispir.com. Only the host
		// changes: the user info stays, and no fix text shows it.
		edit = &Edit{Start: hostStart, End: hostEnd, New: fixer.RegionalHost(region)}
	case ref.UserStart >= 0:
		// Not safe in one edit: the scheme must change too, and an edit
		// spanning the user info would carry the password into -json output.
		why = "the URL carries user info: change its scheme and host by hand"
	case scheme == "http" && (port == "" || port == "80"):
		// Have: http://api.whispir.com:80/x. Port 80 belonged to http; the
		// regional host is https, on its default port.
		edit = &Edit{Start: start, End: portEnd, New: "https://" + fixer.RegionalHost(region)}
	case scheme == "https" && (port == "" || port == "443"):
		edit = &Edit{Start: start, End: hostEnd, New: "https://" + fixer.RegionalHost(region)}
	case scheme != "" || (port != "" && port != "443"):
		// Not safe: the old host on another port says nothing of the new one's.
		why = "the port :" + port + " is not the default of " + cmpOr(scheme, "https") + ": choose the regional host's port by hand"
	case hostStart > 0 && strings.ContainsRune(`/\`, rune(s[hostStart-1])) && !escapedHTTPS(s[:hostStart]):
		// Not safe: a scheme this scan cannot read (http:\/\/ in JSON, a
		// scheme-relative //host) may be http, which must become https.
		why = "the scheme before the host could not be read: change it by hand"
	default:
		// Have: a bare host (WHISPIR_HOST=api.whispir.com): only the host changes.
		edit = &Edit{Start: hostStart, End: hostEnd, New: fixer.RegionalHost(region)}
	}
	if edit != nil {
		edit.Message = "Use the regional host " + fixer.RegionalHost(region)
		f.Fix = edit
	}
	f.Message = ruleLegacyHost + ": " + fixer.LegacyHostMessage(ref.Host, region, why)
	return f
}

// keyParams reports each apikey parameter in the query of the Whispir URL u
// (found at offset at). Report only: a configuration file cannot send a
// header, so the parameter goes when the Go code that reads the value sends
// the key itself. The key is named by its redacted form only.
func keyParams(at int, u string, ref fixer.HostRef) []Finding {
	rest, _, _ := strings.Cut(u[ref.End:], "#") // a '?' in the fragment starts no query
	q := strings.IndexByte(rest, '?')
	if q < 0 {
		return nil
	}
	query := rest[q+1:]
	q += ref.End + 1
	var findings []Finding
	for off := 0; off <= len(query); {
		param, _, _ := strings.Cut(query[off:], "&")
		start := off
		off += len(param) + 1
		// Have: &amp;apikey= in XML or HTML.
		if p, ok := strings.CutPrefix(param, "amp;"); ok {
			param, start = p, start+len("amp;")
		}
		name, value, ok := strings.Cut(param, "=")
		if !ok || !fixer.IsKeyParam(name) {
			continue
		}
		shown := name + "=" + redact(value)
		findings = append(findings, Finding{
			Rule:   ruleKeyInQuery,
			Offset: at + q + start,
			End:    at + q + start + len(param),
			Message: ruleKeyInQuery + ": Whispir API key sent as a query parameter (" + shown + "): " +
				"a configuration file cannot send a header: remove the parameter from this URL, " +
				"and make the Go code that reads this value send the key in the x-api-key header",
		})
	}
	return findings
}

// redact returns the form of a key value that a message may show: a
// reference to a value kept elsewhere ($WHISPIR_API_KEY, ${KEY},
// {{ .Values.key }}, %s, {0}) as written, a literal key redacted.
func redact(value string) string {
	if IsReference(value) {
		return value
	}
	return fixer.Redact(value)
}

// IsReference reports whether a configuration value names a value kept
// elsewhere (an environment variable, a template expression, a format
// verb) rather than being one: such a value is no secret.
func IsReference(v string) bool {
	// A default written into the reference (${KEY:-k3y}, {{ default "k3y" }})
	// is a value: only a bare name is a reference.
	switch {
	case v == "":
		return true
	case strings.HasPrefix(v, "${") && strings.HasSuffix(v, "}"):
		return isName(v[2 : len(v)-1])
	case v[0] == '$':
		return isName(v[1:])
	case strings.HasPrefix(v, "{{") && strings.HasSuffix(v, "}}"):
		return !strings.ContainsAny(v, "\"'`")
	case v[0] == '{' && strings.HasSuffix(v, "}"):
		return isName(v[1 : len(v)-1]) // {0}, {key}
	}
	return formatVerb.MatchString(v)
}

var formatVerb = regexp.MustCompile(`^%[-+# 0-9.]*[a-zA-Z]$`)

// isName reports whether s is a variable name: letters, digits, '_'.
func isName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_') {
			return false
		}
	}
	return s != ""
}

// portAfter reads a ":digits" port at s[i:] and returns its digits and the
// offset after it (i when there is none).
func portAfter(s string, i int) (string, int) {
	if i >= len(s) || s[i] != ':' {
		return "", i
	}
	j := i + 1
	for j < len(s) && '0' <= s[j] && s[j] <= '9' {
		j++
	}
	if j == i+1 {
		return "", i
	}
	return s[i+1 : j], j
}

// escapedHTTPS reports whether s ends with an https scheme written with
// escapes: https:\/\/ in JSON, https\:// in a .properties file.
func escapedHTTPS(s string) bool {
	return hasFoldSuffix(s, `https:\/\/`) || hasFoldSuffix(s, `https\://`)
}

func hasFoldSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// regionOf returns the region of a regional host.
func regionOf(host string) string {
	h := strings.TrimSuffix(strings.ToLower(host), ".")
	return strings.TrimSuffix(strings.TrimPrefix(h, "api."), ".whispir.com")
}

// goLiteralUses returns the regional hosts in the string literals of a Go
// file, at the literal's position. It reads tokens only: -region=auto must
// not depend on the analyzer or on the package loading.
func goLiteralUses(src []byte) []Use {
	var sc scanner.Scanner
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(src))
	sc.Init(file, src, func(token.Position, string) {}, 0)
	var uses []Use
	for {
		pos, tok, lit := sc.Scan()
		if tok == token.EOF {
			return uses
		}
		if tok != token.STRING || !fixer.MentionsWhispir(lit) {
			continue
		}
		v, err := strconv.Unquote(lit)
		if err != nil {
			continue
		}
		p := file.Position(pos)
		for _, m := range relaxed().FindAllString(v, -1) {
			for _, ref := range fixer.FindHosts(m) {
				if ref.Kind == fixer.RegionalAPIHost {
					uses = append(uses, Use{Line: p.Line, Col: p.Column, Region: regionOf(ref.Host)})
				}
			}
		}
	}
}

// lineOffsets are the offsets at which the lines of a text start.
type lineOffsets []int

func lineStarts(s string) lineOffsets {
	starts := lineOffsets{0}
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// position returns the 1-based line and byte column of offset.
func (l lineOffsets) position(offset int) (line, col int) {
	i := sort.Search(len(l), func(i int) bool { return l[i] > offset }) - 1
	return i + 1, offset - l[i] + 1
}

func (f Finding) String() string { return fmt.Sprintf("%d:%d: %s", f.Line, f.Col, f.Message) }
