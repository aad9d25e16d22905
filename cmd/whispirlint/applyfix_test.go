package main

import (
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whispirlint/whispirlint/internal/configscan"
)

// edits on one file: [from, to) replaced by text.
func testFix(file string, edits ...any) *fix {
	fx := &fix{message: "m"}
	for i := 0; i < len(edits); i += 3 {
		from, to, text := edits[i].(int), edits[i+1].(int), edits[i+2].(string)
		fx.edits = append(fx.edits, edit{token.Position{Filename: file, Offset: from}, token.Position{Filename: file, Offset: to}, text})
	}
	return fx
}

func TestPlanFixes(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.go")
	gen := filepath.Join(dir, "gen.go")
	src := "package a\n\nvar x, y = 1, 2\n"
	for _, name := range []string{a, gen} {
		if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	x := strings.Index(src, "1")
	r := &report{
		files: map[string]*fileInfo{gen: {generated: true}},
		findings: []finding{
			{rule: "WL01", fix: testFix(a, x, x+1, "10")},
			{rule: "WL01", fix: testFix(a, x, x+1, "10")},   // the same fix again (a test variant): applied once
			{rule: "WL02", fix: testFix(a, x, x+4, "3, 4")}, // overlaps the first: left out
			{rule: "WL02", fix: testFix(a, x+3, x+4, "20")}, // beside it: applied
			{rule: "WL01", fix: testFix(gen, x, x+1, "10")}, // a generated file: left out
			{rule: "WL02"}, // no fix
			{rule: "WL02", fix: testFix(a, x+1, x+1, "0")}, // an insertion at the end of the first edit: applied
		},
	}
	p, err := planFixes(r, os.ReadFile)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.changes) != 1 || p.changes[0].name != a {
		t.Fatalf("changes %+v, want a.go only", p.changes)
	}
	if got, want := string(p.changes[0].new), "package a\n\nvar x, y = 100, 20\n"; got != want {
		t.Errorf("a.go becomes %q, want %q", got, want)
	}
	wantFixed := []bool{true, true, false, true, false, false, true}
	wantNotes := []string{"", "", noteConflict, "", noteGenerated, "", ""}
	for i := range r.findings {
		if p.fixed[i] != wantFixed[i] || p.notes[i] != wantNotes[i] {
			t.Errorf("finding %d: fixed %v %q, want %v %q", i, p.fixed[i], p.notes[i], wantFixed[i], wantNotes[i])
		}
	}
}

// TestFormatFixed: the fixed file is gofmt'd and loses the imports no
// selector uses any more; blank and dot imports stay.
func TestFormatFixed(t *testing.T) {
	src := "package a\n\nimport (\n\t\"os\"\n\t\"strings\"\n\t_ \"embed\"\n)\n\nvar x   = strings.ToLower(\"A\")\n"
	got, err := formatFixed(nil, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	// Without the package, "os" has no known name: it is kept.
	want := "package a\n\nimport (\n\t_ \"embed\"\n\t\"os\"\n\t\"strings\"\n)\n\nvar x = strings.ToLower(\"A\")\n"
	if string(got) != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if _, err := formatFixed(nil, []byte("package a\nfunc (")); err == nil {
		t.Errorf("a file that does not parse is formatted")
	}
}

// TestWriteFilesAllOrNothing: one file that cannot be written stops every
// write, and the error names it.
func TestWriteFilesAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	a, b, c := filepath.Join(dir, "a.go"), filepath.Join(dir, "b.go"), filepath.Join(dir, "c.go")
	os.WriteFile(a, []byte("old a"), 0o644)
	os.WriteFile(c, []byte("old c"), 0o644)
	if os.Geteuid() == 0 {
		// Root ignores file modes: a directory cannot be opened for writing either.
		// (The adversarial case readonly-file-partial-fix covers modes under root with setpriv.)
		os.Mkdir(b, 0o755)
	} else {
		os.WriteFile(b, []byte("old b"), 0o444)
	}
	before := readDir(t, dir)
	p := &fixPlan{changes: []*fileChange{{name: a, new: []byte("new a")}, {name: b, new: []byte("new b")}, {name: c, new: []byte("new c")}}}
	err := p.writeFiles()
	if err == nil || !strings.Contains(err.Error(), "b.go") || !strings.Contains(err.Error(), "changed no file") {
		t.Errorf("writeFiles error = %v, want one naming b.go", err)
	}
	if after := readDir(t, dir); !maps.Equal(before, after) {
		t.Errorf("writeFiles changed the directory:\nbefore %q\nafter  %q", before, after)
	}
}

// readDir maps each entry of dir to its content ("dir" for a directory).
func readDir(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := make(map[string]string)
	for _, e := range entries {
		content := "dir"
		if !e.IsDir() {
			data, _ := os.ReadFile(filepath.Join(dir, e.Name()))
			content = string(data)
		}
		out[e.Name()] = content
	}
	return out
}

// TestWriteFilesKeepsMode: the new content replaces the old one with the
// file's mode.
func TestWriteFilesKeepsMode(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.go")
	os.WriteFile(a, []byte("old"), 0o640)
	os.Chmod(a, 0o640)
	p := &fixPlan{changes: []*fileChange{{name: a, old: []byte("old"), new: []byte("new")}}}
	if err := p.writeFiles(); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(a)
	if got, _ := os.ReadFile(a); err != nil || string(got) != "new" || info.Mode().Perm() != 0o640 {
		t.Errorf("a.go = %q, mode %v, %v; want \"new\", 0640", got, info.Mode().Perm(), err)
	}
}

// TestPlanFixesConfig: a configuration file is edited byte for byte (no
// gofmt: it is no Go), checked against the content scanned, and written in
// the same plan as the Go files.
func TestPlanFixesConfig(t *testing.T) {
	dir := t.TempDir()
	env := filepath.Join(dir, ".env")
	src := "URL = http://api.whispir.com  # not Go\r\n"
	if err := os.WriteFile(env, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	x := strings.Index(src, "http://")
	host := len("http://api.whispir.com")
	r := &report{
		config:   map[string]*configscan.File{env: {Path: env, Content: []byte(src)}},
		findings: []finding{{rule: "WL01", fix: testFix(env, x, x+host, "https://api.au.whispir.com")}},
	}
	p, err := planFixes(r, os.ReadFile)
	if err != nil || len(p.changes) != 1 || !p.fixed[0] {
		t.Fatalf("planFixes: %v, %+v", err, p)
	}
	if err := p.writeFiles(); err != nil {
		t.Fatal(err)
	}
	want := "URL = https://api.au.whispir.com  # not Go\r\n"
	if got, _ := os.ReadFile(env); string(got) != want {
		t.Errorf(".env = %q, want %q", got, want)
	}

	// Changed since the scan: no plan.
	r.config[env].Content = []byte("URL=\n")
	if _, err := planFixes(r, os.ReadFile); err == nil || !strings.Contains(err.Error(), "changed while it was analyzed") {
		t.Errorf("planFixes on a changed file: %v", err)
	}
}
