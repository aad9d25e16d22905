package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// writeTree writes files (path -> content) under a new temporary directory.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const clientSrc = `package client

const keyParam = "apikey"

const sendURL = "https://api.whispir.com/messages?apikey=%s"

func get(q map[string]string, key string) string {
	q["apikey"] = key // a site
	q[keyParam] = key // a use of the constant
	_ = "apikeys are secret" // not a site: neither the name nor apikey=
	return "x"
}
`

func TestFindSites(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"client/client.go":      clientSrc,
		"client/client_test.go": `package client; const k = "apikey"`,
		"other/other.go":        `package other; const k = "apikey"`,
		"client/testdata/x.go":  `package x; const k = "apikey"`,
	})
	sites, err := findSites(dir, []string{"./client/..."})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range sites {
		got = append(got, s.File+"|"+s.Decl+"|"+s.Value)
	}
	want := []string{
		"client/client.go|const keyParam|apikey",
		"client/client.go|const sendURL|https://api.whispir.com/messages?apikey=%s",
		"client/client.go|get|apikey",
	}
	if !slices.Equal(got, want) {
		t.Fatalf("sites:\n got %q\nwant %q", got, want)
	}
	if uses := sites[0].Uses; len(uses) != 1 || uses[0] != (use{"client/client.go", 9}) {
		t.Errorf("uses of keyParam = %v, want client/client.go:9", uses)
	}
	if sites[2].Uses != nil {
		t.Errorf("a literal in a function has uses: %v", sites[2].Uses)
	}
}

func TestMatchesAny(t *testing.T) {
	for _, tc := range []struct {
		rel      string
		patterns []string
		want     bool
	}{
		{"a.go", []string{"."}, true},
		{"x/a.go", []string{"."}, false},
		{"x/a.go", []string{"./..."}, true},
		{"x/y/a.go", []string{"./x/..."}, true},
		{"xy/a.go", []string{"./x/..."}, false},
		{"x/a.go", []string{"./x"}, true},
		{"x/y/a.go", []string{"./x"}, false},
		{"z/a.go", []string{"./x", "./z/..."}, true},
	} {
		if got := matchesAny(tc.rel, tc.patterns); got != tc.want {
			t.Errorf("matchesAny(%q, %q) = %v, want %v", tc.rel, tc.patterns, got, tc.want)
		}
	}
}

func TestRehost(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"api/a.go":       `package api; const base = "https://maps.example.com/v1"; const p = "key"`,
		"api/oauth/o.go": `package oauth; const base = "https://maps.example.com/oauth"`,
		"api/a_test.go":  `package api; const base = "https://maps.example.com/v1"`,
		"rules.txt": `# comment
api/ !api/oauth/ | "https://maps.example.com | "https://api.whispir.com
api/a.go | p = "key" | p = "apikey"
`,
	})
	if err := rehost(dir, filepath.Join(dir, "rules.txt")); err != nil {
		t.Fatal(err)
	}
	for file, want := range map[string]string{
		"api/a.go":       `const base = "https://api.whispir.com/v1"; const p = "apikey"`,
		"api/oauth/o.go": `"https://maps.example.com/oauth"`, // excluded
		"api/a_test.go":  `"https://maps.example.com/v1"`,    // tests are not the library
	} {
		data, _ := os.ReadFile(filepath.Join(dir, file))
		if !strings.Contains(string(data), want) {
			t.Errorf("%s after rehost:\n%s\nwant it to hold %s", file, data, want)
		}
	}

	missed := writeTree(t, map[string]string{
		"a.go": "package a\n\ntype T struct {\n\tTok string `json:\"access_token\"`\n}\n\nconst u = \"https://x.example.com/v1?access_token=%s\"\nconst q = \"access_token\"\n",
		"rules.txt": `. | "https://x.example.com | "https://api.whispir.com
. | access_token= | apikey=
absent . | access_token
absent . | key=
`,
	})
	err := rehost(missed, filepath.Join(missed, "rules.txt"))
	if err == nil || !strings.Contains(err.Error(), `a.go:8 still holds "access_token"`) {
		t.Errorf("a missed spelling: err = %v, want a.go:8 (and not the struct tag, nor key= in apikey=)", err)
	}
	if err != nil && (strings.Contains(err.Error(), "a.go:4") || strings.Contains(err.Error(), `"key="`)) {
		t.Errorf("the check found a struct tag or key= in apikey=: %v", err)
	}

	stale := writeTree(t, map[string]string{
		"a.go":      `package a`,
		"rules.txt": ". | \"https://gone.example.com | \"https://api.whispir.com\n",
	})
	if err := rehost(stale, filepath.Join(stale, "rules.txt")); err == nil || !strings.Contains(err.Error(), "matched nothing") {
		t.Errorf("a rule that matches nothing: err = %v, want 'matched nothing'", err)
	}
}
