package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// crossModule writes a module whose package b builds its Whispir requests
// from package a's base URL, and a drive test that sends every request
// through a recording transport and requires each one, by CROSS_EXPECT, to
// be all legacy (retired host, key in the query) or all migrated (regional
// host, key only in the x-api-key header). With unfixable set, b also adds
// the key through a query type of its own, which no fix can follow.
func crossModule(t *testing.T, unfixable bool) string {
	dir := filepath.Join(t.TempDir(), "cross")
	for _, d := range []string{"a", "b", "drive"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	writeFile(t, filepath.Join(dir, "go.mod"), "module example.com/cross\n\ngo 1.26\n")
	writeFile(t, filepath.Join(dir, "a", "a.go"), `package a

import "net/http"

const Base = "https://api.whispir.com"

func Workspaces(key string) (*http.Response, error) {
	return http.Get(Base + "/workspaces?apikey=" + key)
}
`)
	b := `package b

import (
	"net/http"

	"example.com/cross/a"
)

func Contacts(key string) (*http.Response, error) {
	return http.Get(a.Base + "/contacts?apikey=" + key)
}
`
	if unfixable {
		b += `
type Params map[string][]string

func Messages(key string) (*http.Response, error) {
	p := Params{"apikey": {key}}
	return http.Get(a.Base + "/messages?apikey=" + p["apikey"][0])
}
`
	}
	writeFile(t, filepath.Join(dir, "b", "b.go"), b)
	drive := `package drive

import (
	"io"
	"net/http"
	"os"
	"strings"
	"testing"

	"example.com/cross/a"
	"example.com/cross/b"
)

type rec struct{ reqs []*http.Request }

func (r *rec) RoundTrip(req *http.Request) (*http.Response, error) {
	r.reqs = append(r.reqs, req)
	return &http.Response{StatusCode: 200, Body: io.NopCloser(strings.NewReader("")), Header: http.Header{}}, nil
}

func TestDrive(t *testing.T) {
	rt := &rec{}
	http.DefaultTransport = rt
	a.Workspaces("KEY-1")
	b.Contacts("KEY-1")
	` + map[bool]string{true: `b.Messages("KEY-1")`, false: ``}[unfixable] + `
	legacy := strings.Join([]string{"api", "whispir", "com"}, ".")
	regional := strings.Join([]string{"api", "au", "whispir", "com"}, ".")
	for _, r := range rt.reqs {
		inQuery := r.URL.Query().Get("apikey") == "KEY-1"
		inHeader := r.Header.Get("X-Api-Key") == "KEY-1"
		switch {
		case r.URL.Host == legacy && inQuery && !inHeader:
			if os.Getenv("CROSS_EXPECT") == "migrated" {
				t.Errorf("legacy request %s", r.URL)
			}
		case r.URL.Host == regional && inHeader && !inQuery && r.URL.RawQuery == "":
			if os.Getenv("CROSS_EXPECT") == "legacy" {
				t.Errorf("migrated request %s", r.URL)
			}
		default:
			t.Errorf("WRONG request: %s header %q", r.URL, r.Header.Get("X-Api-Key"))
		}
	}
}
`
	writeFile(t, filepath.Join(dir, "drive", "drive_test.go"), drive)
	return dir
}

// TestCrossPackageStandalone: the standalone driver sees both packages, so
// it migrates a's host with b's sites when every one of them can be fixed,
// and holds it when b keeps a key in a query.
func TestCrossPackageStandalone(t *testing.T) {
	skipShort(t)
	dir := crossModule(t, false)
	mustRun(t, dir, []string{"CROSS_EXPECT=legacy"}, "go", "test", "-count=1", "./...")
	r := runCmd(t, dir, nil, defaultTimeout, toolBin, "-region="+region, "-fix", "./...")
	if r.code != 0 || !strings.Contains(r.stderr, "migrated 3 sites in 2 files.") {
		t.Fatalf("-fix of a fixable two-package module:\n%s", r)
	}
	mustRun(t, dir, []string{"CROSS_EXPECT=migrated"}, "go", "test", "-count=1", "./...")

	dir = crossModule(t, true)
	r = runCmd(t, dir, nil, defaultTimeout, toolBin, "-region="+region, "-fix", "./...")
	if r.code != 3 || !strings.Contains(r.stderr, "migrated 0 sites") || !strings.Contains(r.stderr, "keeps the key in a query") {
		t.Fatalf("-fix with an importer that keeps a key in a query:\n%s", r)
	}
	mustRun(t, dir, []string{"CROSS_EXPECT=legacy"}, "go", "test", "-count=1", "./...")
}

// TestCrossPackageGoVet: go vet analyzes one package at a time and cannot
// know what b's own analysis will decide, so a's host stays retired while
// b writes the key parameter, and b's sites on it are declined: nothing is
// half-migrated, and everything is reported.
func TestCrossPackageGoVet(t *testing.T) {
	skipShort(t)
	dir := crossModule(t, false)
	runCmd(t, dir, nil, defaultTimeout, "go", "vet", "-vettool="+toolBin, "-region="+region, "-fix", "./...")
	mustRun(t, dir, []string{"CROSS_EXPECT=legacy"}, "go", "test", "-count=1", "./...")
	r := runCmd(t, dir, nil, defaultTimeout, "go", "vet", "-vettool="+toolBin, "-region="+region, "./...")
	if r.code == 0 || !strings.Contains(r.stderr, "writes the key parameter") {
		t.Fatalf("go vet: want the hold reported:\n%s", r)
	}
}
