package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestConfigDotEnvMigration is the migration a user runs on a service that
// keeps its Whispir base URL in a .env file: whispirlint -region=au -fix
// rewrites the file, and the service's own test, which reads the file and
// sends a request through a recording RoundTripper, then sees the request
// go to the regional host. Before the fix the same test fails.
func TestConfigDotEnvMigration(t *testing.T) {
	bin := whispirlintBin(t)
	dir := copyFixture(t, "dotenv")
	if out, err := goTest(dir); err == nil {
		t.Fatalf("the module's test passes before the migration:\n%s", out)
	}

	res := run(t, dir, nil, bin, "-region=au", "-fix", "./...")
	if res.code != 0 || !strings.Contains(res.stderr, "whispirlint: migrated 1 site in 1 file.") {
		t.Fatalf("-fix: exit %d\nstderr:\n%s", res.code, res.stderr)
	}
	want := "# The Whispir API. The key comes from the environment, never from this file.\nWHISPIR_BASE_URL=https://api.au.whispir.com\n"
	if got := readFile(t, dir, ".env"); got != want {
		t.Errorf(".env after -fix:\n%s\nwant:\n%s", got, want)
	}
	if out, err := goTest(dir); err != nil {
		t.Errorf("the module's test after the migration: %v\n%s", err, out)
	}
	if res := run(t, dir, nil, bin, "-region=au", "./..."); res.code != 0 {
		t.Errorf("second run: exit %d, stderr:\n%s", res.code, res.stderr)
	}
}

func goTest(dir string) (string, error) {
	cmd := exec.Command("go", "test", "-count=1", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// configKey is a key written into a configuration file: no output may show it.
const configKey = "k3yInConfig2026"

// TestConfigOutputs runs every output mode on a module whose Go code and
// configuration both have findings.
func TestConfigOutputs(t *testing.T) {
	bin := whispirlintBin(t)
	env := "WHISPIR_BASE_URL=https://api.whispir.com\nWHISPIR_MESSAGES=http://api.whispir.com:80/messages?apikey=" + configKey + "\nWHISPIR_API_KEY=" + configKey + "\n"
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stdout []string // substrings of stdout
		stderr []string // substrings of stderr
		notIn  []string // substrings of neither
		envAt  string   // .env after the run ("" for unchanged)
	}{
		{name: "text", args: []string{"./..."}, code: 3,
			stderr: []string{"legacy.go:8:14: WL01: ", ".env:1:18: WL01: retired Whispir host api.whispir.com: use api.<region>.whispir.com; set -region", ".env:2:53: WL02: Whispir API key sent as a query parameter (apikey=k…#"}},
		{name: "text, configuration only", args: []string{"./clean"}, code: 3, stderr: []string{"clean/.env:1:18: WL01: "}},
		{name: "-config=false", args: []string{"-config=false", "./clean"}, code: 0},
		{name: "-disable=WL01, configuration only", args: []string{"-disable=WL01", "./clean"}, code: 0},
		{name: "-rules=WL02", args: []string{"-rules=WL02", "./..."}, code: 3,
			stderr: []string{".env:2:53: WL02: ", "legacy.go:12:25: WL02: "}, notIn: []string{"WL01"}},
		{name: "-c 1", args: []string{"-c", "1", "./..."}, code: 3,
			stderr: []string{".env:2:18: WL01: ", "2\tWHISPIR_MESSAGES=http://api.whispir.com:80/messages?apikey=[redacted k…#", "3\tWHISPIR_API_KEY=[redacted k…#"}},
		{name: "-json", args: []string{"-json", "./..."}, code: 0,
			stdout: []string{`"(configuration files)": {`, `"category": "WL02"`, `.env:2:53"`, `"category": "WL01"`}},
		{name: "-json -set-exit-status, configuration only", args: []string{"-json", "-set-exit-status", "./clean"}, code: 3,
			stdout: []string{`"(configuration files)": {`, `clean/.env:1:18"`}},
		{name: "-format=sarif", args: []string{"-format=sarif", "-region=au", "./..."}, code: 0,
			stdout: []string{`"uri": ".env"`, `"uri": "legacy.go"`, `"uri": "clean/.env"`, `"text": "https://api.au.whispir.com"`}},
		{name: "-format=sarif -set-exit-status, configuration only", args: []string{"-format=sarif", "-set-exit-status", "./clean"}, code: 3,
			stdout: []string{`"uri": "clean/.env"`, `"ruleId": "WL01"`}},
		// The WL02 in .env is left for a change by hand: exit 3.
		{name: "-fix -diff", args: []string{"-region=au", "-fix", "-diff", "./..."}, code: 3,
			stdout: []string{"--- a/.env\n+++ b/.env\n", " WHISPIR_MESSAGES=http://api.whispir.com:80/messages?apikey=[redacted k…#", " WHISPIR_API_KEY=[redacted k…#", `+const base = "https://api.au.whispir.com"`}},
		{name: "-fix", args: []string{"-region=au", "-fix", "./..."}, code: 3,
			stderr: []string{"whispirlint: migrated ", ".env:2:18: WL01: ", ".env:2:53: WL02: Whispir API key sent as a query parameter (apikey=k…#"},
			envAt:  strings.Replace(env, "https://api.whispir.com", "https://api.au.whispir.com", 1)},
		{name: "-fix -json", args: []string{"-region=au", "-fix", "-json", "./..."}, code: 3,
			stdout: []string{`"file": ".env",` + "\n\t\t\t\"line\": 2,\n\t\t\t\"column\": 53,\n\t\t\t\"rule\": \"WL02\"", `"files_changed": [` + "\n\t\t\".env\",\n\t\t\"clean/.env\",\n\t\t\"legacy.go\""},
			envAt:  strings.Replace(env, "https://api.whispir.com", "https://api.au.whispir.com", 1)},
		{name: "-fix without a region", args: []string{"-fix", "./..."}, code: 3,
			stderr: []string{".env:1:18: WL01: retired Whispir host api.whispir.com: use api.<region>.whispir.com; set -region"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := copyFixture(t, "legacy")
			writeFile(t, dir, ".env", env)
			writeFile(t, dir, "clean/clean.go", "package clean\n")
			writeFile(t, dir, "clean/.env", "WHISPIR_BASE_URL=https://api.whispir.com\n")
			res := run(t, dir, nil, bin, tc.args...)
			if res.code != tc.code {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", res.code, tc.code, res.stdout, res.stderr)
			}
			for _, s := range tc.stdout {
				if !strings.Contains(res.stdout, s) {
					t.Errorf("stdout does not contain %q:\n%s", s, res.stdout)
				}
			}
			for _, s := range tc.stderr {
				if !strings.Contains(res.stderr, s) {
					t.Errorf("stderr does not contain %q:\n%s", s, res.stderr)
				}
			}
			for _, s := range tc.notIn {
				if strings.Contains(res.stdout+res.stderr, s) {
					t.Errorf("the output contains %q:\nstdout:\n%s\nstderr:\n%s", s, res.stdout, res.stderr)
				}
			}
			if strings.Contains(res.stdout+res.stderr, configKey) {
				t.Errorf("the output shows the key %s:\nstdout:\n%s\nstderr:\n%s", configKey, res.stdout, res.stderr)
			}
			if strings.HasPrefix(res.stdout, "{") && !json.Valid([]byte(res.stdout)) {
				t.Errorf("stdout is not JSON:\n%s", res.stdout)
			}
			want := tc.envAt
			if want == "" {
				want = env
			}
			if got := readFile(t, dir, ".env"); got != want {
				t.Errorf(".env after the run:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// TestConfigFixUnwritable: when a configuration file cannot be written,
// -fix changes no file at all, Go files included.
func TestConfigFixUnwritable(t *testing.T) {
	bin := whispirlintBin(t)
	dir := copyFixture(t, "legacy")
	writeFile(t, dir, "deploy/app.yaml", "url: https://api.whispir.com\n")
	if err := os.Chmod(filepath.Join(dir, "deploy", "app.yaml"), 0o444); err != nil {
		t.Fatal(err)
	}
	before := readFile(t, dir, "legacy.go")
	res := run(t, dir, nil, bin, "-region=au", "-fix", "./...")
	if res.code != 1 || !strings.Contains(res.stderr, "-fix changed no file") || !strings.Contains(res.stderr, "app.yaml: not writable") {
		t.Errorf("exit %d, stderr:\n%s", res.code, res.stderr)
	}
	if readFile(t, dir, "legacy.go") != before || readFile(t, dir, "deploy/app.yaml") != "url: https://api.whispir.com\n" {
		t.Errorf("files changed")
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "deploy"))
	if len(entries) != 1 {
		t.Errorf("temporary files left: %v", entries)
	}
}

// TestRegionAuto: -region=auto takes the one regional host the module
// names already; with none or several it stops and lists them.
func TestRegionAuto(t *testing.T) {
	bin := whispirlintBin(t)
	for _, tc := range []struct {
		name   string
		files  map[string]string
		args   []string
		code   int
		stderr []string
		envAt  string
	}{
		{name: "one region, in configuration",
			files: map[string]string{"deploy/new.yaml": "url: https://api.nz.whispir.com/v1\n"},
			args:  []string{"-region=auto", "-fix", "./..."}, code: 0,
			stderr: []string{"whispirlint: -region=auto: using region nz, the only regional host found:\n  api.nz.whispir.com at deploy/new.yaml:1:14\n", "whispirlint: migrated "},
			envAt:  "URL=https://api.nz.whispir.com\n"},
		{name: "one region, in Go", files: map[string]string{"clean/clean.go": "package clean\n\nconst host = \"https://api.it.whispir.com\"\n"},
			args: []string{"-region", "auto", "-fix", "./..."}, code: 0,
			stderr: []string{"using region it", "api.it.whispir.com at clean/clean.go:3:14"},
			envAt:  "URL=https://api.it.whispir.com\n"},
		{name: "none", args: []string{"-region=auto", "./..."}, code: 1,
			stderr: []string{"whispirlint: -region=auto: no regional Whispir host (api.<region>.whispir.com) in the Go string literals or configuration files under ./...; give the region with -region=REGION"}},
		{name: "two",
			files: map[string]string{"deploy/new.yaml": "url: https://api.nz.whispir.com/v1\n", "clean/clean.go": "package clean\n\nconst host = \"https://api.au.whispir.com\"\n"},
			args:  []string{"-region=auto", "-fix", "./..."}, code: 1,
			stderr: []string{"-region=auto: several Whispir regions are in use, so none is chosen; give one with -region=REGION:\n  api.au.whispir.com at clean/clean.go:3:14\n  api.nz.whispir.com at deploy/new.yaml:1:14\n"}},
		{name: "with another -region", files: map[string]string{"deploy/new.yaml": "url: https://api.nz.whispir.com/v1\n"},
			args: []string{"-region=au", "-region=auto", "./..."}, code: 1, stderr: []string{"-region=auto and another -region given"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := copyFixture(t, "legacy")
			writeFile(t, dir, ".env", "URL=https://api.whispir.com\n")
			for name, content := range tc.files {
				writeFile(t, dir, name, content)
			}
			before := readFile(t, dir, "legacy.go")
			res := run(t, dir, nil, bin, tc.args...)
			if res.code != tc.code {
				t.Errorf("exit %d, want %d\nstderr:\n%s", res.code, tc.code, res.stderr)
			}
			for _, s := range tc.stderr {
				if !strings.Contains(res.stderr, s) {
					t.Errorf("stderr does not contain %q:\n%s", s, res.stderr)
				}
			}
			want := tc.envAt
			if want == "" {
				want = "URL=https://api.whispir.com\n"
				if readFile(t, dir, "legacy.go") != before {
					t.Errorf("legacy.go changed")
				}
			} else if !strings.Contains(readFile(t, dir, "legacy.go"), fixerHost(tc.envAt)) {
				t.Errorf("legacy.go not migrated to the region:\n%s", readFile(t, dir, "legacy.go"))
			}
			if got := readFile(t, dir, ".env"); got != want {
				t.Errorf(".env = %q, want %q", got, want)
			}
		})
	}
}

// TestRegionAutoUnderVet: go vet gives the analyzer Go files alone, so
// -region=auto is refused (as standalone-only) rather than guessed from part
// of the module.
func TestRegionAutoUnderVet(t *testing.T) {
	bin := whispirlintBin(t)
	dir := copyFixture(t, "legacy")
	writeFile(t, dir, "deploy/new.yaml", "url: https://api.nz.whispir.com/v1\n")
	res := run(t, dir, nil, "go", "vet", "-vettool="+bin, "-region=auto", "./...")
	if res.code == 0 || !strings.Contains(res.stderr, `-region=auto works in standalone runs only`) || strings.Contains(res.stderr, "unknown Whispir region") {
		t.Errorf("go vet -vettool -region=auto: exit %d, stderr:\n%s", res.code, res.stderr)
	}
}

// TestConfigTextOrder: the text output sorts the configuration findings
// with the Go findings, by file name, as one list.
func TestConfigTextOrder(t *testing.T) {
	bin := whispirlintBin(t)
	dir := copyFixture(t, "legacy")
	writeFile(t, dir, "a.env", "URL=https://api.whispir.com\n")
	writeFile(t, dir, "m.yaml", "url: https://api.whispir.com\n")
	res := run(t, dir, nil, bin, "./...")
	var files []string
	for l := range strings.Lines(res.stderr) {
		if name, _, ok := strings.Cut(l, ":"); ok && !slices.Contains(files, name) && name != "whispirlint" { // not the count line
			files = append(files, name)
		}
	}
	want := []string{"a.env", "legacy.go", "m.yaml", "unicode.go"}
	if res.code != 3 || !slices.Equal(files, want) {
		t.Errorf("exit %d, files %q, want %q; stderr:\n%s", res.code, files, want, res.stderr)
	}
}

// fixerHost returns the host of the URL in a NAME=URL line.
func fixerHost(line string) string {
	_, url, _ := strings.Cut(strings.TrimSpace(line), "=")
	return strings.TrimPrefix(url, "https://")
}

func TestTakeConfigFlags(t *testing.T) {
	def := configFlags{scan: true, maxSize: 1 << 20}
	for _, tc := range []struct {
		args []string
		rest []string
		cf   configFlags
		err  string
	}{
		{args: []string{"./..."}, rest: []string{"./..."}, cf: def},
		{args: []string{"-config=false", "-fix", "./..."}, rest: []string{"-fix", "./..."}, cf: configFlags{maxSize: 1 << 20}},
		{args: []string{"--config", "-c", "2", "-config-max-size", "10", "./..."}, rest: []string{"-c", "2", "./..."}, cf: configFlags{scan: true, maxSize: 10}},
		{args: []string{"-region=auto", "./..."}, rest: []string{"./..."}, cf: configFlags{scan: true, maxSize: 1 << 20, auto: true}},
		{args: []string{"-region", "auto", "-json", "./..."}, rest: []string{"-json", "./..."}, cf: configFlags{scan: true, maxSize: 1 << 20, auto: true}},
		{args: []string{"-region", "au", "./auto"}, rest: []string{"-region", "au", "./auto"}, cf: def},
		// After the first pattern, nothing is a flag.
		{args: []string{"./...", "-config=false"}, rest: []string{"./...", "-config=false"}, cf: def},
		{args: []string{"-debug", "-config=false", "./..."}, rest: []string{"-debug", "-config=false", "./..."}, cf: def},
		// go vet's protocol is left alone: the analyzer's flag rejects auto.
		{args: []string{"-region=auto", "vet.cfg"}, rest: []string{"-region=auto", "vet.cfg"}, cf: def},
		{args: []string{"-config=maybe", "./..."}, err: `invalid boolean value "maybe" for -config`},
		{args: []string{"-config-max-size=0", "./..."}, err: `invalid value "0" for -config-max-size`},
		{args: []string{"-config-max-size"}, err: "flag needs an argument: -config-max-size"},
	} {
		rest, cf, err := takeConfigFlags(fakeAnalyzer, tc.args)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%q: err %v, want %q", tc.args, err, tc.err)
			}
			continue
		}
		if err != nil || !slices.Equal(rest, tc.rest) || cf != tc.cf {
			t.Errorf("%q: %q %+v %v, want %q %+v", tc.args, rest, cf, err, tc.rest, tc.cf)
		}
	}
}

func TestMaskConfigLine(t *testing.T) {
	for _, tc := range []struct{ line, hidden, kept string }{
		{"URL=https://api.au.whispir.com/m?apikey=k3yInConfig2026&limit=5", "k3yInConfig2026", "limit=5"},
		{"WHISPIR_API_KEY=k3yInConfig2026", "k3yInConfig2026", "WHISPIR_API_KEY="},
		{`  "apiKey": "k3yInConfig2026",`, "k3yInConfig2026", `"apiKey": "`},
		{"api_key = 'k3yInConfig2026' # toml", "k3yInConfig2026", "# toml"},
		{"-H 'x-api-key: k3yInConfig2026'", "k3yInConfig2026", "x-api-key: "},
		{"WHISPIR_PASSWORD=hunter2hunter2", "hunter2hunter2", "WHISPIR_PASSWORD="},
		{"url: https://user:hunter2hunter2@api.whispir.com/x", "hunter2hunter2", "https://user:"},
		{"URL=https://api.whispir.com/m?apikey=$WHISPIR_API_KEY", "", "apikey=$WHISPIR_API_KEY"},
		{"key: {{ .Values.whispir.key }}", "", "{{"},
		{"WHISPIR_KEY_URL=https://api.au.whispir.com/x", "", "https://api.au.whispir.com/x"},
		// Names stay: masking them would keep git apply from taking the diff.
		{"        key: apiKey", "", ""},
		{"      secretKeyRef: {name: whispir-credentials, key: token}", "", ""},
		{"WHISPIR_API_KEY_NAME=whispir-api-key2", "", ""},
		{"  secretName: whispir-creds-2024", "", ""},
		{"TOKEN_FILE=/run/secrets/token", "", ""},
		{"AUTH_MODE=basic", "", ""},
		{"WHISPIR_API_KEY=changeme", "", ""},
		{"WHISPIR_API_KEY=<your key>", "", ""},
		// Secrets that are not Whispir's, by their shape.
		{"GITHUB_TOKEN=ghp_0123456789abcdefghijABCDEFGHIJ012345", "ghp_0123456789abcdefghijABCDEFGHIJ012345", "GITHUB_TOKEN="},
		{"aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE", "aws_access_key_id = "},
		{`  "stripe": "sk_live_4eC39HqLyjWDarjtT1zdp7dc"`, "sk_live_4eC39HqLyjWDarjtT1zdp7dc", `"stripe": "`},
		{"SENDGRID=SG.abcdefghijklmnopqrstuv.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefg", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefg", "SENDGRID="},
		{"DATABASE_URL=postgres://app:s3cretPass@db:5432/app", "s3cretPass", "postgres://app:"},
		{"DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app", "", ""},
		{"db.password=correcthorse", "correcthorse", "db.password="},
		{"slack_signing_secret: 8f742231b10e8888abcd99yyyzzz85a5", "8f742231b10e8888abcd99yyyzzz85a5", "slack_signing_secret: "},
	} {
		got := maskConfigLine(tc.line)
		if tc.hidden != "" && (strings.Contains(got, tc.hidden) || !strings.Contains(got, maskPrefix)) {
			t.Errorf("maskConfigLine(%q) = %q: %q not masked", tc.line, got, tc.hidden)
		}
		if tc.hidden == "" && got != tc.line {
			t.Errorf("maskConfigLine(%q) = %q, want it unchanged", tc.line, got)
		}
		if !strings.Contains(got, tc.kept) {
			t.Errorf("maskConfigLine(%q) = %q: lost %q", tc.line, got, tc.kept)
		}
	}
}

// TestConfigEmbeddedFiles: a file the Go code embeds is scanned whatever
// its extension or directory (an embedded .txt, a file under testdata);
// prose that is not embedded is not.
func TestConfigEmbeddedFiles(t *testing.T) {
	bin := whispirlintBin(t)
	dir := t.TempDir()
	writeFile(t, dir, "go.mod", "module example.com/embedded\n\ngo 1.26\n")
	writeFile(t, dir, "embedded.go", "package embedded\n\nimport _ \"embed\"\n\n//go:embed assets/endpoint.txt\nvar endpoint string\n\n//go:embed testdata/page.html\nvar page string\n")
	writeFile(t, dir, "assets/endpoint.txt", "https://api.whispir.com/messages,https://api.whispir.com/contacts\n")
	writeFile(t, dir, "testdata/page.html", "<a href=\"https://api.whispir.com/help\">help</a>\n")
	writeFile(t, dir, "NOTES.txt", "We moved off https://api.whispir.com in 2026.\n")
	res := run(t, dir, nil, bin, "-region=au", "./...")
	for _, want := range []string{"assets/endpoint.txt:1:1: WL01: ", "assets/endpoint.txt:1:34: WL01: ", "testdata/page.html:1:10: WL01: "} {
		if !strings.Contains(res.stderr, want) {
			t.Errorf("no %q in:\n%s", want, res.stderr)
		}
	}
	if strings.Contains(res.stderr, "NOTES.txt") || res.code != exitFindings {
		t.Errorf("exit %d (want 3); prose that is not embedded reported, or:\n%s", res.code, res.stderr)
	}
	if res := run(t, dir, nil, bin, "-region=au", "-fix", "./..."); res.code != exitOK {
		t.Fatalf("-fix: exit %d\n%s", res.code, res.stderr)
	}
	if got, want := readFile(t, dir, "assets/endpoint.txt"), "https://api.au.whispir.com/messages,https://api.au.whispir.com/contacts\n"; got != want {
		t.Errorf("endpoint.txt after -fix: %q, want %q", got, want)
	}
	if res := run(t, dir, nil, bin, "-region=au", "-config=false", "./..."); res.code != exitOK {
		t.Errorf("-config=false: exit %d, want 0 (embedded files are configuration)\n%s", res.code, res.stderr)
	}
}

// TestConfigContextMasksValuesOnly: -c lines of a configuration file mask
// the values shaped like secrets, Whispir's or not (a GitHub token, a
// database password), and leave names (secretKeyRef's name and key) and
// references as they are.
func TestConfigContextMasksValuesOnly(t *testing.T) {
	bin := whispirlintBin(t)
	dir := t.TempDir()
	writeFile(t, dir, "go.mod", "module example.com/k8s\n\ngo 1.26\n")
	writeFile(t, dir, "k8s.go", "package k8s\n")
	const token, password = "ghp_R2d2C3poB8bEwOkeNoBiWan4Kenobi0Yoda1", "Tr1ckyPa55word"
	writeFile(t, dir, "deploy.yaml", `env:
  - name: WHISPIR_API_KEY
    valueFrom:
      secretKeyRef:
        name: whispir-credentials
        key: apiKey
  - name: WHISPIR_URL
    value: https://api.whispir.com/messages
  - name: GITHUB_TOKEN
    value: `+token+`
  - name: DATABASE_URL
    value: postgres://app:`+password+`@db:5432/app
`)
	res := run(t, dir, nil, bin, "-region=au", "-c", "3", "./...")
	for _, want := range []string{"5\t        name: whispir-credentials\n", "6\t        key: apiKey\n", "10\t    value: [redacted g…#", "11\t  - name: DATABASE_URL\n"} {
		if !strings.Contains(res.stderr, want) {
			t.Errorf("no %q in:\n%s", want, res.stderr)
		}
	}
	if strings.Contains(res.stderr, token) {
		t.Errorf("-c shows the token:\n%s", res.stderr)
	}
	res = run(t, dir, nil, bin, "-region=au", "-c", "4", "./...")
	if strings.Contains(res.stderr, password) || !strings.Contains(res.stderr, "12\t    value: postgres://app:[redacted T…#") {
		t.Errorf("-c 4 shows the password, or not its line:\n%s", res.stderr)
	}
}

// TestConfigHeldForGoKey: a Go request of the run keeps its key in the
// query (a site declined for a change by hand) and may build its URL from
// the .env base URL: the configuration's host stays too, and says why.
func TestConfigHeldForGoKey(t *testing.T) {
	bin := whispirlintBin(t)
	dir := copyFixture(t, "dotenv")
	legacy := `package dotenv

import "net/http"

// Signed adds the key only to signed requests: a change by hand.
func Signed(client *http.Client, env map[string]string, key string, signed bool) (*http.Response, error) {
	u := env["WHISPIR_BASE_URL"] + "/messages"
	if signed {
		u += "?apikey=" + key
	}
	return client.Get(u)
}
`
	if err := os.WriteFile(filepath.Join(dir, "signed.go"), []byte(legacy), 0o644); err != nil {
		t.Fatal(err)
	}
	before := readFile(t, dir, ".env")
	res := run(t, dir, nil, bin, "-region=au", "-fix", "./...")
	if res.code != exitFindings || !strings.Contains(res.stderr, "keeps the API key in a query (signed.go:9)") {
		t.Fatalf("-fix: exit %d, want %d and the held configuration host\nstderr:\n%s", res.code, exitFindings, res.stderr)
	}
	if got := readFile(t, dir, ".env"); got != before {
		t.Errorf(".env changed although a Go request keeps the key in the query:\n%s", got)
	}
}
