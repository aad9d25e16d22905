package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/whispirlint/whispirlint/fixer"
)

// secretsWritten are the credentials written in testdata/secrets (its
// _test.go file included): keys, users, passwords and user:password pairs.
var secretsWritten = []string{
	"s3cr3tK3yV4lu3", "k3y0123456789abc", "testkey0123456789",
	"003026bbc133714df1834b8638bb496e-8f4b3d9a", "2f9b4d31f35b6f98a7c1e0d2b3a4c5d6",
	"alice:wonderland", "wonderland", "bob:hunter2hunter2", "hunter2hunter2",
	"carol:tr0ub4dor", "tr0ub4dor", "dave:c0rrecthorse", "c0rrecthorse",
	"erin:t3stp4ssw0rd", "t3stp4ssw0rd", "frank:f1sh1ngr0d", "f1sh1ngr0d", "infobipP4ss",
}

// secretForms are secretsWritten with the base64 forms of every pair.
func secretForms() []string {
	forms := slices.Clone(secretsWritten)
	for _, s := range secretsWritten {
		if strings.Contains(s, ":") {
			forms = append(forms, fixer.BasicForms(s)...)
		}
	}
	return forms
}

// TestSecretsNeverPrinted runs the command in every output mode, with every
// secrets option, on a module full of credentials, and checks that none of
// them (nor a base64 form) appears in what it prints.
func TestSecretsNeverPrinted(t *testing.T) {
	bin := whispirlintBin(t)
	modes := []struct {
		name string
		args []string
		code int
		show string // printed by the mode: proof that it ran and said something
	}{
		{"text", nil, 3, "WL11: hardcoded Basic credentials"},
		{"json", []string{"-json"}, 0, `"category": "WL12"`},
		{"context", []string{"-c=3"}, 3, "\treq.SetBasicAuth("},
		{"context 0", []string{"-c=0"}, 3, "\tconst legacyAuth = "},
		{"sarif", []string{"-format=sarif"}, 0, `"ruleId": "WL11"`},
		// The fixture always keeps findings for a change by hand: exit 3.
		{"diff", []string{"-fix", "-diff"}, 3, "+++ "},
		{"fix", []string{"-fix"}, 3, "whispirlint: migrated "},
		{"fix with context", []string{"-fix", "-c=2"}, 3, "whispirlint: migrated "},
	}
	options := [][]string{nil, {"-secrets=env"}, {"-secrets-in-tests"}, {"-secrets=env", "-secrets-in-tests"}}
	secrets := secretForms()
	for _, mode := range modes {
		for _, opts := range options {
			name := strings.Join(append([]string{mode.name}, opts...), " ")
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				dir := copyFixture(t, "secrets")
				args := append(append([]string{"-region=au"}, opts...), mode.args...)
				res := run(t, dir, nil, bin, append(args, "./...")...)
				out := res.stdout + res.stderr
				if res.code != mode.code || !strings.Contains(out, mode.show) {
					t.Errorf("exit %d (want %d), output without %q:\n%s", res.code, mode.code, mode.show, out)
				}
				if mode.name == "diff" && !strings.Contains(res.stderr, "-show-secrets") {
					t.Errorf("the diff masks credentials, but stderr does not say so and name -show-secrets:\n%s", res.stderr)
				}
				if (mode.name == "json" || mode.name == "sarif") && !json.Valid([]byte(res.stdout)) {
					t.Errorf("masked output is not JSON:\n%s", res.stdout)
				}
				for _, s := range secrets {
					if strings.Contains(out, s) {
						t.Errorf("output shows the secret %q:\n%s", s, out)
					}
				}
			})
		}
	}
}

// TestSecretsFixConverges checks that -fix migrates the module in one run
// in both secrets modes (a second run changes nothing) and leaves code that
// builds.
func TestSecretsFixConverges(t *testing.T) {
	bin := whispirlintBin(t)
	for _, opts := range [][]string{nil, {"-secrets=env"}, {"-secrets=env", "-secrets-in-tests"}} {
		t.Run(strings.Join(append([]string{"fix"}, opts...), " "), func(t *testing.T) {
			t.Parallel()
			dir := copyFixture(t, "secrets")
			args := append(append([]string{"-region=au"}, opts...), "-fix", "./...")
			// Exit 3: the fixture keeps findings for a change by hand.
			if res := run(t, dir, nil, bin, args...); res.code != exitFindings {
				t.Fatalf("first -fix: exit %d\n%s", res.code, res.stderr)
			}
			first := readTree(t, dir)
			if res := run(t, dir, nil, bin, args...); res.code != exitFindings {
				t.Fatalf("second -fix: exit %d\n%s", res.code, res.stderr)
			}
			if second := readTree(t, dir); !maps2Equal(first, second) {
				t.Errorf("a second -fix changed the module:\n%v\n---\n%v", first, second)
			}
			vet := exec.Command("go", "vet", "./...")
			vet.Dir = dir
			if out, err := vet.CombinedOutput(); err != nil {
				t.Errorf("the fixed module does not build: %v\n%s", err, out)
			}
			code := first["secrets.go"]
			if slices.Contains(opts, "-secrets=env") {
				for _, want := range []string{`os.Getenv("WHISPIR_API_KEY")`, `os.Getenv("INFOBIP_USERNAME")`, `"App " + os.Getenv("INFOBIP_API_KEY")`} {
					if !strings.Contains(code, want) {
						t.Errorf("secrets.go after -fix has no %s:\n%s", want, code)
					}
				}
			} else if strings.Contains(code, `"x-api-key", "s3cr3tK3yV4lu3"`) || !strings.Contains(code, "apikey=s3cr3tK3yV4lu3") {
				// A key written in the source is never copied into new code:
				// without -secrets=env the site stays as it was, reported.
				t.Errorf("report mode: WL02 copied the literal key or changed its site:\n%s", code)
			}
		})
	}
}

func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := make(map[string]string)
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		files[e.Name()] = readFile(t, dir, e.Name())
	}
	return files
}

func maps2Equal(x, y map[string]string) bool {
	if len(x) != len(y) {
		return false
	}
	for k, v := range x {
		if y[k] != v {
			return false
		}
	}
	return true
}

func TestMaskText(t *testing.T) {
	m := &masker{secrets: []string{"s3cr3tK3yV4lu3"}, exact: []string{"bob"}}
	for _, tc := range []struct{ in, want string }{
		// A secret of a finding, wherever it is.
		{`+	req.Header.Set("x-api-key", "s3cr3tK3yV4lu3")`, `+	req.Header.Set("x-api-key", "[redacted s…#165cbb]")`},
		{`x := "https://api.whispir.com/m?apikey=s3cr3tK3yV4lu3&x=1"`, `x := "https://api.whispir.com/m?apikey=[redacted s…#165cbb]&x=1"`},
		// Literals that show a credential on their own.
		{`12	h := "Basic YWxpY2U6d29uZGVybGFuZA=="`, `12	h := "Basic [redacted Y…#995105]"`},
		{`	"App 003026bbc133714df1834b8638bb496e",`, `	"App [redacted 0…#18166b]",`},
		{`	http.Get("https://api.infobip.com/sms/1/text/query?username=acme&password=pw0rd&to=1")`,
			`	http.Get("https://api.infobip.com/sms/1/text/query?username=[redacted …#822b33]&password=[redacted …#73f8b3]&to=1")`},
		{"\tu := `https://x.example/?apikey=abcdef`", "\tu := `https://x.example/?apikey=[redacted …#bef57e]`"},
		// Single words on a line about credentials, and known users.
		{`	req.SetBasicAuth("bob", "hunter2")`, `	req.SetBasicAuth("[redacted …#81b637]", "[redacted …#f52fbd]")`},
		{`	const password = "letmein"`, `	const password = "[redacted …#1c8bfe]"`},
		// Names, prose, URLs and environment variables stay.
		{`	req.Header.Set("Authorization", "Basic "+os.Getenv("WHISPIR_TOKEN"))`, `	req.Header.Set("Authorization", "Basic "+os.Getenv("WHISPIR_TOKEN"))`},
		{`	return errors.New("bad password: try again")`, `	return errors.New("bad password: try again")`},
		{`	const base = "https://api.au.whispir.com"`, `	const base = "https://api.au.whispir.com"`},
		{`	req.Header.Set("x-api-key", "")`, `	req.Header.Set("x-api-key", "")`},
		// Formats, query names, hosts, schemes and methods on credential lines stay.
		{`	u := fmt.Sprintf("%s/templates?apikey=%s&limit=%d", base, key, n)`, `	u := fmt.Sprintf("%s/templates?apikey=%s&limit=%d", base, key, n)`},
		{`	keyParam = "?apikey="`, `	keyParam = "?apikey="`},
		{`	u := url.URL{Scheme: "http", Host: "api.whispir.com", RawQuery: "apikey=" + key}`, `	u := url.URL{Scheme: "http", Host: "api.whispir.com", RawQuery: "apikey=" + key}`},
		{`	req, _ := http.NewRequest("GET", base+"?apikey="+key, nil)`, `	req, _ := http.NewRequest("GET", base+"?apikey="+key, nil)`},
		{`	resp, err := http.Post(endpoint+"?apikey="+key+"&priority=high", "application/vnd.whispir.message-v1+json", body)`,
			`	resp, err := http.Post(endpoint+"?apikey="+key+"&priority=high", "application/vnd.whispir.message-v1+json", body)`},
		{`	q := "&apikey=Zk93Jd0x&limit=5"`, `	q := "&apikey=[redacted Z…#aa0719]&limit=5"`},
		{`	q := url.Values{"apikey": {key}, "limit": {"5"}, "workspace": {"w1"}}`, `	q := url.Values{"apikey": {key}, "limit": {"5"}, "workspace": {"w1"}}`},
		// But a key-shaped word beside them does not.
		{`	u := url.URL{Host: "api.whispir.com", RawQuery: "apikey=" + "Zk93Jd0x"}`, `	u := url.URL{Host: "api.whispir.com", RawQuery: "apikey=" + "[redacted Z…#aa0719]"}`},
	} {
		if got := m.maskText(tc.in); got != tc.want {
			t.Errorf("maskText(%s)\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

func TestMaskJSON(t *testing.T) {
	m := &masker{secrets: []string{"s3cr3tK3yV4lu3"}}
	in := `{"new": "req.Header.Set(\"x-api-key\", \"s3cr3tK3yV4lu3\")\n\t", "posn": "a.go:1:2"}`
	want := `{"new": "req.Header.Set(\"x-api-key\", \"[redacted s…#165cbb]\")\n\t", "posn": "a.go:1:2"}`
	if got := m.maskJSON(in); got != want {
		t.Errorf("maskJSON\n got %s\nwant %s", got, want)
	}
}

func TestNewMasker(t *testing.T) {
	src := []byte(`package p

var a = "Basic " + "YWxpY2U6d29uZGVybGFuZA=="

func f(req *http.Request) { req.SetBasicAuth("bob", "hunter2hunter2") }

var k = "https://api.whispir.com/m?apikey=s3cr3tK3yV4lu3"
`)
	span := func(from, to string) secretSpan {
		i := bytes.Index(src, []byte(from))
		j := bytes.Index(src[i:], []byte(to)) + i + len(to)
		return secretSpan{File: "p.go", Offset: i, End: j}
	}
	spans := []secretSpan{
		span(`"Basic "`, `=="`),
		span(`"bob"`, `"hunter2hunter2"`),
		span(`"https`, `V4lu3"`),
		{File: "p.go", Offset: 10, End: 100000}, // stale: ignored
	}
	m := newMasker(spans, func(string) ([]byte, error) { return src, nil })
	for _, want := range append([]string{"alice:wonderland", "wonderland", "hunter2hunter2", "s3cr3tK3yV4lu3", "YWxpY2U6d29uZGVybGFuZA=="},
		fixer.BasicForms("bob:hunter2hunter2")...) {
		if !slices.Contains(m.secrets, want) {
			t.Errorf("the masker does not hide %q: %q", want, m.secrets)
		}
	}
	if slices.Contains(m.secrets, "bob") || !slices.Contains(m.exact, "bob") {
		t.Errorf("the user bob should be hidden as a literal only: secrets %q, exact %q", m.secrets, m.exact)
	}
	if got := m.maskText("user bob: hunter2hunter2"); got != "user bob: [redacted h…#76880d]" {
		t.Errorf("maskText = %q", got)
	}
}

// TestMaskerFormatArguments is the adversarial case c-mask-gaps: a finding
// on a format string masks the literal arguments of its call, and leaves
// the format readable; a raw-string password over two lines is masked on
// each line, without masking the same word elsewhere.
func TestMaskerFormatArguments(t *testing.T) {
	src := []byte("package p\n\nvar u = fmt.Sprintf(\"https://x.api.infobip.com/q?username=%s&password=%s&to=%s\", \"bobinfobip\", \"Hunter3Passw0rd\", to)\n\nfunc f() { req.SetBasicAuth(\"admin\", `multi\nline pass 1`) }\n")
	i := bytes.Index(src, []byte("("))
	j := bytes.Index(src, []byte(", to)")) + len(", to")
	k := bytes.Index(src, []byte(`"admin"`))
	l := bytes.Index(src, []byte("1`")) + 2
	m := newMasker([]secretSpan{{File: "p.go", Offset: i, End: j, Format: true}, {File: "p.go", Offset: k, End: l}},
		func(string) ([]byte, error) { return src, nil })
	got := m.maskText(string(src) + "multiline.go:7:19: WL11\n")
	for _, secret := range []string{"bobinfobip", "Hunter3Passw0rd", "line pass 1", "`multi"} {
		if strings.Contains(got, secret) {
			t.Errorf("the masked text shows %q:\n%s", secret, got)
		}
	}
	for _, keep := range []string{"username=%s&password=%s&to=%s", "multiline.go:7:19"} {
		if !strings.Contains(got, keep) {
			t.Errorf("the masked text lost %q:\n%s", keep, got)
		}
	}
}

// TestSecretFoldedFromConstants: a key split over constants is written in
// no literal of its finding; the masker hides the folded value too.
func TestSecretFoldedFromConstants(t *testing.T) {
	bin := whispirlintBin(t)
	dir := t.TempDir()
	writeFile(t, dir, "go.mod", "module example.com/split\n\ngo 1.26\n")
	writeFile(t, dir, "split.go", `package split

import "net/http"

const keyPart1 = "zqxwvutsrq"
const keyPart2 = "ponmlkjihg"

func Send() (*http.Response, error) {
	return http.Get("https://api.whispir.com/messages?apikey=" + keyPart1 + keyPart2)
}
`)
	for _, args := range [][]string{{"-json"}, {"-format=sarif"}, {"-fix", "-diff"}, {"-c", "3"}} {
		res := run(t, dir, nil, bin, append(append([]string{"-region=au"}, args...), "./...")...)
		if out := res.stdout + res.stderr; !strings.Contains(out, "WL12") && !strings.Contains(out, "x-api-key") || strings.Contains(out, "zqxwvutsrqponmlkjihg") {
			t.Errorf("%v: exit %d, want WL12 or the fix, and no key:\n%s", args, res.code, out)
		}
	}
}

// TestMaskGoDiffLine: a diff masks values only, so that a hunk whose lines
// hold names (of variables, headers, environment variables, secrets) is
// printed as it is and applies; found credentials and literals shaped like
// one on a credential line are masked.
func TestMaskGoDiffLine(t *testing.T) {
	m := &masker{secrets: []string{"s3cr3tK3yV4lu3"}, exact: []string{"bob", "https://api.whispir.com/m?apikey="}}
	for _, tc := range []struct{ in, want string }{
		// Names and text that is no credential stay.
		{` var sandboxToken = os.Getenv("SANDBOX_TOKEN")`, ""},
		{` 	token := sandboxToken + "-sandbox"`, ""},
		{` 	req.Header.Set("X-Sandbox-Token", tok)`, ""},
		{` 	secretName := "whispir-creds"`, ""},
		{` 	password := viper.GetString("auth.password")`, ""},
		{`-	return http.Get("https://api.whispir.com/m?apikey=" + key)`, ""},
		{` 	const password = "letmein"`, ""},
		// Values: found, shown on their own, shaped like a credential.
		{`-	req.Header.Set("x-api-key", "s3cr3tK3yV4lu3")`, `-	req.Header.Set("x-api-key", "[redacted s…#165cbb]")`},
		{` 	req.SetBasicAuth("bob", "t3stp4ssw0rd")`, ` 	req.SetBasicAuth("[redacted …#81b637]", "[redacted t…#5c3992]")`},
		{` 	req.Header.Set("X-Api-Key", "testkey0123456789")`, ` 	req.Header.Set("X-Api-Key", "[redacted t…#3cfe02]")`},
		{` 	h := "Basic YWxpY2U6d29uZGVybGFuZA=="`, ` 	h := "Basic [redacted Y…#995105]"`},
		{` 	gh := "ghp_0123456789abcdefghijABCDEFGHIJ012345"`, ` 	gh := "[redacted g…#d8fe76]"`},
	} {
		want := tc.want
		if want == "" {
			want = tc.in
		}
		if got := m.maskGoDiffLine(tc.in); got != want {
			t.Errorf("maskGoDiffLine(%s)\n got %s\nwant %s", tc.in, got, want)
		}
	}
}

// TestMaskDiffListsHunks: the hunks that hold a masked value are named,
// the others are printed as they are.
func TestMaskDiffListsHunks(t *testing.T) {
	m := &masker{secrets: []string{"s3cr3tK3yV4lu3"}}
	diff := "--- a/x.go\n+++ b/x.go\n@@ -1,2 +1,2 @@\n-a\n+b\n k := \"s3cr3tK3yV4lu3\"\n@@ -10,2 +10,2 @@\n-c\n+d\n name := \"WHISPIR_API_KEY\"\n"
	got, hunks := maskDiff(diff, m.maskGoDiffLine)
	if want := []string{"x.go @@ -1,2 +1,2 @@"}; !slices.Equal(hunks, want) {
		t.Errorf("masked hunks %q, want %q", hunks, want)
	}
	if want := strings.Replace(diff, "s3cr3tK3yV4lu3", "[redacted s…#165cbb]", 1); got != want {
		t.Errorf("maskDiff\n got %s\nwant %s", got, want)
	}
}

// TestFoldWordsAsRegexp: the credential-line search without the regexp
// matches what the regexp matches, on ASCII lines and others.
func TestFoldWordsAsRegexp(t *testing.T) {
	lines := []string{
		`req.SetBasicAuth("user", "pass")`, `req.Header.Set("AUTHORIZATION", v)`, `pw := "x" // Password`,
		`q.Set("apiKey", k)`, `h.Set("X-Api-Key", k)`, `tok := os.Getenv("TOKEN")`, `"Basic " + enc`, `basically`,
		`api_Key`, "api\u212aey", "ſecret", "\u212aey TO\u212aEN", "setbasicauth é", `url := "https://example.com/?page=1"`, ``,
	}
	for _, f := range []foldWords{passwordLine, keyLine} {
		for _, line := range lines {
			if got, want := f.MatchString(line), f.re.MatchString(line); got != want {
				t.Errorf("%v.MatchString(%q) = %v, the regexp %v", f.words, line, got, want)
			}
		}
	}
}

func FuzzFoldWordsAsRegexp(f *testing.F) {
	f.Add("req.SetBasicAuth(u, p)")
	f.Add("X-API-KEY \u212a")
	f.Fuzz(func(t *testing.T, line string) {
		for _, fw := range []foldWords{passwordLine, keyLine} {
			if got, want := fw.MatchString(line), fw.re.MatchString(line); got != want {
				t.Errorf("%v.MatchString(%q) = %v, the regexp %v", fw.words, line, got, want)
			}
		}
	})
}

// The regexps goString and jsonString stand for.
var (
	goStringRegexp   = regexp.MustCompile("\"(?:[^\"\\\\\\n]|\\\\.)*\"|`[^`\\n]*`")
	jsonStringRegexp = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)
)

// checkQuotedAsRegexp checks that goString and jsonString find in s the
// strings their regexps find.
func checkQuotedAsRegexp(t *testing.T, s string) {
	t.Helper()
	mark := func(lit string) string { return "<" + lit + ">" }
	for _, c := range []struct {
		m  quotedMatcher
		re *regexp.Regexp
	}{{goString, goStringRegexp}, {jsonString, jsonStringRegexp}} {
		if got, want := c.m.ReplaceAllStringFunc(s, mark), c.re.ReplaceAllStringFunc(s, mark); got != want {
			t.Errorf("%q: %q, the regexp %q", s, got, want)
		}
	}
}

func TestQuotedAsRegexp(t *testing.T) {
	for _, s := range []string{
		``, `"`, `""`, `"a" + "b"`, `x := "a\"b" + ` + "`raw\\`" + ` y`, `"a\`, "\"a\\\nb\"", "\"a\nb\"", "`a\nb`",
		`{"message":"apikey=\"x\" ok","fix":"q.Set(\"apikey\", k)"}`, `"é\é" "\` + "\xff" + `"`, `"a\\" "b"`,
		"`unclosed", `"x` + "\n" + `y"`, `\"odd"`, `"""`,
	} {
		checkQuotedAsRegexp(t, s)
	}
}

func FuzzQuotedAsRegexp(f *testing.F) {
	f.Add(`{"a":"b\"c","d":["e\\"]}`)
	f.Add("x := \"a\\\"b\" + `c`\n")
	f.Fuzz(checkQuotedAsRegexp)
}
