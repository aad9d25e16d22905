package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// crossModule is a module where the evidence of a finding is in another
// package: client's own tokens hold no hint, only the constants it uses
// (of mid, which has none either, and of base) do; local builds the host
// from two literals neither of which holds it; auth calls SetBasicAuth
// with a password constant of creds. plain, uses, creds and vars (which
// calls SetBasicAuth with variables) cannot have a finding.
var crossModule = map[string]string{
	"go.mod":       "module example.com/xp\n\ngo 1.24\n",
	"base/base.go": "package base\n\n// Host is the retired API host.\nconst Host = \"https://api.whispir.com\"\n\n// KeyParam names the key in a query.\nconst KeyParam = \"api\" + \"key\"\n",
	"mid/mid.go":   "package mid\n\nimport \"example.com/xp/base\"\n\n// Messages is the messages endpoint.\nconst Messages = base.Host + \"/messages\"\n",
	"client/client.go": `package client

import (
	"net/http"

	"example.com/xp/base"
	"example.com/xp/mid"
)

func Send(k string) (*http.Response, error) {
	return http.Get(mid.Messages + "?" + base.KeyParam + "=" + k)
}
`,
	"local/local.go": "package local\n\nimport \"net/http\"\n\nconst host = \"https://api.whis\" + \"pir.com\"\n\nconst path = host + \"/messages\"\n\nfunc Get() (*http.Response, error) { return http.Get(path) }\n",
	"creds/creds.go": "package creds\n\n// Password is a password written in the source.\nconst Password = \"wonderland\"\n",
	"auth/auth.go":   "package auth\n\nimport (\n\t\"net/http\"\n\n\t\"example.com/xp/creds\"\n)\n\nfunc Set(req *http.Request, user string) { req.SetBasicAuth(user, creds.Password) }\n",
	"vars/vars.go":   "package vars\n\nimport \"net/http\"\n\nfunc Set(req *http.Request, user, password string) { req.SetBasicAuth(user, password) }\n",
	"plain/plain.go": "package plain\n\nimport \"strings\"\n\nconst n = len(\"abc\") + 4\n\nfunc Up(s string) string { return strings.ToUpper(s) }\n",
	"uses/uses.go":   "package uses\n\nimport (\n\t\"net/http\"\n\n\t\"example.com/xp/plain\"\n)\n\nfunc Get() (*http.Response, error) { return http.Get(\"https://example.com/\" + plain.Up(\"x\")) }\n",
}

func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestPrefilterSameFindings: loading from source only the packages where
// a finding can be gives the report, the fixes and the exit code of
// loading and analyzing every package (-debug=a), on sample modules and on
// one where the only evidence of a finding is in another package.
func TestPrefilterSameFindings(t *testing.T) {
	bin := whispirlintBin(t)
	cross := writeTree(t, crossModule)
	dirs := map[string]string{
		"cross":     cross,
		"legacy":    copyFixture(t, "legacy"),
		"secrets":   copyFixture(t, "secrets"),
		"dotenv":    copyFixture(t, "dotenv"),
		"legacymod": copyFixture(t, "../../../testdata/legacymod"),
		"corpus":    copyFixture(t, "../../../e2e/testdata/corpus"),
	}
	for name, dir := range dirs {
		for _, mode := range [][]string{{"-json"}, {"-fix", "-diff"}, {"-format=sarif"}} {
			t.Run(name+" "+strings.Join(mode, " "), func(t *testing.T) {
				args := append([]string{"-region=au"}, mode...)
				some := run(t, dir, nil, bin, append(args, "-debug=v", "./...")...)
				all := run(t, dir, nil, bin, append(args, "-debug=a", "./...")...)
				if some.code != all.code || some.stdout != all.stdout {
					t.Errorf("prefiltered: exit %d\n%s\nevery package: exit %d\n%s", some.code, some.stdout, all.code, all.stdout)
				}
				if !strings.Contains(some.stderr, "packages from source") {
					t.Errorf("no prefilter count line:\n%s", some.stderr)
				}
			})
		}
	}

	// The cross-package finding is there, and the packages that cannot
	// have one were not loaded from source.
	r := run(t, cross, nil, bin, "-region=au", "-debug=v", "./...")
	if !strings.Contains(r.stderr, "client/client.go:11:39: WL02") || !strings.Contains(r.stderr, "local/local.go:5:14: WL01") ||
		!strings.Contains(r.stderr, "auth/auth.go:9:61: WL11") {
		t.Errorf("want the findings built from another package's constants and from split literals:\n%s", r.stderr)
	}
	if m := regexp.MustCompile(`loading (\d+) of (\d+) packages`).FindStringSubmatch(r.stderr); m == nil || m[1] != "5" || m[2] != "9" {
		t.Errorf("want 5 of 9 packages loaded from source (base, mid, client, local, auth):\n%s", r.stderr)
	}
}

// TestPrefilterBrokenPackage: a package that does not compile is loaded
// from source and reported, although no finding can be in it, and so are
// the packages that import it.
func TestPrefilterBrokenPackage(t *testing.T) {
	bin := whispirlintBin(t)
	dir := writeTree(t, map[string]string{
		"go.mod": "module example.com/brk\n\ngo 1.24\n",
		"a/a.go": "package a\n\nfunc F() int { return \"x\" }\n",
		"b/b.go": "package b\n\nimport \"example.com/brk/a\"\n\nvar X = a.F()\n",
		"c/c.go": "package c\n\nfunc G() int { return 1 }\n",
	})
	some := run(t, dir, nil, bin, "-region=au", "./...")
	all := run(t, dir, nil, bin, "-region=au", "-debug=a", "./...")
	if some.code != exitError || some.code != all.code || some.stderr != all.stderr {
		t.Errorf("prefiltered: exit %d\n%s\nevery package: exit %d\n%s", some.code, some.stderr, all.code, all.stderr)
	}
}
