package configscan

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/whispirlint/whispirlint/fixer"
)

// TestScanText covers the URL shapes one at a time: what is reported, and
// what the fix for region au makes of the line.
func TestScanText(t *testing.T) {
	for _, tc := range []struct {
		in, fixed string
		rules     string // the rules reported, in order
	}{
		{"u=https://api.whispir.com", "u=https://api.au.whispir.com", "WL01"},
		{"u=http://api.whispir.com/x", "u=https://api.au.whispir.com/x", "WL01"},
		// Port 80 belonged to http; 443 is https's own.
		{"u=http://api.whispir.com:80/x", "u=https://api.au.whispir.com/x", "WL01"},
		{"u=https://api.whispir.com:443/x", "u=https://api.au.whispir.com:443/x", "WL01"},
		{"u=http://api.whispir.com:443/x", "", "WL01"},
		{"u=https://api.whispir.com:8080/x", "", "WL01"},
		{"u=api.whispir.com:80", "", "WL01"},
		{"u=api.whispir.com:443", "u=api.au.whispir.com:443", "WL01"},
		{"host: api.whispir.com", "host: api.au.whispir.com", "WL01"},
		{"u=HTTPS://API.WHISPIR.COM/x", "u=https://api.au.whispir.com/x", "WL01"},
		{"u=//api.whispir.com/x", "", "WL01"},
		{`"u": "http:\/\/api.whispir.com"`, "", "WL01"},
		{`"u": "https:\/\/api.whispir.com"`, `"u": "https:\/\/api.au.whispir.com"`, "WL01"},
		{"a=https://api.whispir.com b=https://api.whispir.com/y", "a=https://api.au.whispir.com b=https://api.au.whispir.com/y", "WL01 WL01"},
		// A comma-separated list: every URL on the line, not the first alone.
		{"URLS=https://api.whispir.com/messages,https://api.whispir.com/contacts", "URLS=https://api.au.whispir.com/messages,https://api.au.whispir.com/contacts", "WL01 WL01"},
		{"HOSTS=api.whispir.com,api.whispir.com:443,example.com", "HOSTS=api.au.whispir.com,api.au.whispir.com:443,example.com", "WL01 WL01"},
		{"URLS=https://api.au.whispir.com/a,https://api.whispir.com/b", "URLS=https://api.au.whispir.com/a,https://api.au.whispir.com/b", "WL01"},
		{"URLS=https://api.whispir.com/a?apikey=SECRET123,https://api.whispir.com/b", "URLS=https://api.whispir.com/a?apikey=SECRET123,https://api.au.whispir.com/b", "WL01 WL02 WL01"},
		// A comma in a path or query is part of the URL.
		{"u=https://api.whispir.com/m?ids=1,2&x=3", "u=https://api.au.whispir.com/m?ids=1,2&x=3", "WL01"},
		// Keys: report only, any case, first or later, &amp; in markup.
		{"u=https://api.whispir.com/m?apikey=SECRET123", "", "WL01 WL02"}, // no host-only edit: the key stays in the query
		{"u=https://api.au.whispir.com/m?limit=1&APIKEY=SECRET123#top", "", "WL02"},
		{"<a href=\"https://api.au.whispir.com/m?x=1&amp;apiKey=SECRET123\">", "", "WL02"},
		{"u=https://api.au.whispir.com/m?apikeys=1&xapikey=2", "", ""},
		{"u=https://api.au.whispir.com/m#frag?apikey=1", "", ""},
		{"u=https://api.au.whispir.com/m?apikey=${KEY:-SECRET123}", "", "WL02"},
		{"u=https://example.com/m?apikey=SECRET123", "", ""},
		// Not Whispir's.
		{"u=https://api.whispir.community/x api.whispir.com.example.net xapi.whispir.com", "", ""},
		{"mail: support@api.whispir.com", "", ""},
		// User info stays; no fix text may carry it.
		{"u=https://user:pass@api.whispir.com/", "u=https://user:pass@api.au.whispir.com/", "WL01"},
		{"u=http://user:pass@api.whispir.com/", "", "WL01"},
		{"docs: https://www.whispir.com/", "", ""},
	} {
		findings, _ := ScanText([]byte(tc.in), "au")
		var rules []string
		var edits []Edit
		for _, f := range findings {
			rules = append(rules, f.Rule)
			if f.Fix != nil {
				edits = append(edits, *f.Fix)
			}
		}
		if got := strings.Join(rules, " "); got != tc.rules {
			t.Errorf("%s: rules %q, want %q", tc.in, got, tc.rules)
		}
		want := tc.fixed
		if want == "" {
			want = tc.in
		}
		if got := string(apply([]byte(tc.in), edits)); got != want {
			t.Errorf("%s: fixed to %s, want %s", tc.in, got, want)
		}
		for _, f := range findings {
			if strings.Contains(f.Message, "SECRET123") {
				t.Errorf("%s: the message shows the key: %s", tc.in, f.Message)
			}
		}
	}
}

// FuzzScanText checks the rewrite on any text: the result differs from the
// input only in the spans of the edits, each of which is the regional host
// (with https:// when it replaces a scheme); a second scan offers no fix;
// a WL02 message never shows the key.
func FuzzScanText(f *testing.F) {
	for _, s := range []string{
		"WHISPIR_BASE_URL=https://api.whispir.com\n",
		"u: \"http://api.whispir.com:80/messages?apikey=k3y&limit=10\"\r\n",
		"\ufeffhost=api.whispir.com:443 api.app.whispir.it api-sni.whispir.com",
		`{"u": "https:\/\/api.whispir.com\/x?apiKey=abc"}`,
		"https://api.au.whispir.com/x?a=1&amp;apikey=z https://api.whispir.com.evil.net",
		"curl https://u@api.whispir.com/ //api.whispir.com HTTPS://API.WHISPIR.COM:8080",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // the scan skips such files
		}
		findings, _ := ScanText([]byte(s), "au")
		var edits []Edit
		for _, fd := range findings {
			if fd.Offset < 0 || fd.End > len(s) || fd.Offset > fd.End || fd.Line < 1 || fd.Col < 1 {
				t.Fatalf("finding span [%d,%d) at %d:%d in %d bytes", fd.Offset, fd.End, fd.Line, fd.Col, len(s))
			}
			if fd.Rule == ruleKeyInQuery {
				checkKeyMessage(t, s, fd)
			}
			if fd.Fix != nil {
				edits = append(edits, *fd.Fix)
			}
		}
		fixed := string(apply([]byte(s), edits)) // panics on overlapping edits
		// Outside the edits, the bytes are the input's.
		last, out := 0, 0
		for _, e := range edits {
			if e.New != fixer.RegionalHost("au") && e.New != "https://"+fixer.RegionalHost("au") {
				t.Fatalf("edit writes %q", e.New)
			}
			if fixer.ClassifyHost(strings.TrimPrefix(strings.ToLower(s[e.Start:e.End]), "https://")) == fixer.NotWhispir &&
				!strings.HasPrefix(strings.ToLower(s[e.Start:e.End]), "http") {
				t.Fatalf("edit replaces %q, not a host", s[e.Start:e.End])
			}
			n := e.Start - last
			if fixed[out:out+n] != s[last:e.Start] {
				t.Fatalf("bytes between edits changed: %q -> %q", s[last:e.Start], fixed[out:out+n])
			}
			out += n + len(e.New)
			last = e.End
		}
		if fixed[out:] != s[last:] {
			t.Fatalf("tail changed: %q -> %q", s[last:], fixed[out:])
		}
		// Idempotent: the fixed text has nothing left to fix.
		again, _ := ScanText([]byte(fixed), "au")
		for _, fd := range again {
			if fd.Fix != nil {
				t.Fatalf("second scan of %q fixes %q at %d", fixed, fd.Fix.New, fd.Fix.Start)
			}
		}
	})
}

func TestIsReference(t *testing.T) {
	for v, want := range map[string]bool{
		"": true, "$KEY": true, "${WHISPIR_API_KEY}": true, "{{.Values.key}}": true, "%s": true, "%v": true, "{0}": true,
		"${KEY:-k3y}": false, "$": false, "{{default \"k3y\"}}": false, "k3y": false, "%zz": false, "{}": false, "$k3y!": false,
	} {
		if got := IsReference(v); got != want {
			t.Errorf("IsReference(%q) = %v, want %v", v, got, want)
		}
	}
}

func checkKeyMessage(t *testing.T, s string, fd Finding) {
	param := s[fd.Offset:fd.End]
	name, value, _ := strings.Cut(param, "=")
	// The message is a fixed text around the parameter's shown form, which
	// is the redacted key unless the value is a reference (TestIsReference).
	shown := "(" + name + "=" + redact(value) + ")"
	if got := strings.Replace(fd.Message, shown, "(…)", 1); got != keyMessage {
		t.Fatalf("WL02 message %q, want %q with %s", fd.Message, keyMessage, shown)
	}
}

const keyMessage = "WL02: Whispir API key sent as a query parameter (…): a configuration file cannot send a header: " +
	"remove the parameter from this URL, and make the Go code that reads this value send the key in the x-api-key header"

// FuzzSplitList: the URLs of a list cover the match, one comma between
// each, and each after the first starts a URL (a scheme or a Whispir host).
func FuzzSplitList(f *testing.F) {
	for _, s := range []string{"https://api.whispir.com/a,https://api.whispir.com/b", "api.whispir.com,api.whispir.com:443", "https://x/?ids=1,2", ",", "a,,b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, u string) {
		parts := splitList(u)
		var texts []string
		for i, p := range parts {
			if p[0] > p[1] || i > 0 && p[0] != parts[i-1][1]+1 {
				t.Fatalf("splitList(%q) = %v: not contiguous", u, parts)
			}
			if i > 0 && !nextURL.MatchString(u[p[0]:]) {
				t.Fatalf("splitList(%q) = %v: part %d starts no URL", u, parts, i)
			}
			texts = append(texts, u[p[0]:p[1]])
		}
		if parts[0][0] != 0 || parts[len(parts)-1][1] != len(u) || strings.Join(texts, ",") != u {
			t.Fatalf("splitList(%q) = %v: does not cover it", u, parts)
		}
	})
}
