package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/whispirlint/whispirlint/analyzer"
)

// TestVetxOnlyReadsNothing: a unit go vet runs only for its facts gets an
// empty .vetx file, without its files being read: they need not even
// parse (or exist).
func TestVetxOnlyReadsNothing(t *testing.T) {
	dir := t.TempDir()
	cfg := vetConfig{
		ID:         "example.com/dep",
		ImportPath: "example.com/dep",
		GoFiles:    []string{filepath.Join(dir, "missing.go")},
		VetxOnly:   true,
		VetxOutput: filepath.Join(dir, "vet.out"),
	}
	data, err := json.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "vet.cfg")
	if err := os.WriteFile(file, data, 0o666); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := drive(analyzer.Analyzer, []string{"-region=au", file}, &stdout, &stderr); code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr.String())
	}
	got, err := os.ReadFile(cfg.VetxOutput)
	if err != nil {
		t.Fatal(err)
	}
	want := []byte(vetxMagic + "\x00\x00\x00\x00\x00\x00\x00\x00")
	if !bytes.Equal(got, want) {
		t.Errorf(".vetx = %q, want %q (no types, no facts)", got, want)
	}
	if stdout.Len()+stderr.Len() > 0 {
		t.Errorf("output: %q %q", stdout.String(), stderr.String())
	}
}

type testFact struct{}

func (*testFact) AFact() {}

// TestDeclaresFacts: an analyzer with facts, or one that requires such an
// analyzer, keeps the VetxOnly runs (see vetxOnly).
func TestDeclaresFacts(t *testing.T) {
	withFacts := &analysis.Analyzer{Name: "facts", FactTypes: []analysis.Fact{new(testFact)}}
	requires := &analysis.Analyzer{Name: "requires", Requires: []*analysis.Analyzer{withFacts}}
	for _, c := range []struct {
		a    *analysis.Analyzer
		want bool
	}{{analyzer.Analyzer, false}, {withFacts, true}, {requires, true}} {
		if got := declaresFacts(c.a, make(map[*analysis.Analyzer]bool)); got != c.want {
			t.Errorf("declaresFacts(%s) = %v, want %v", c.a.Name, got, c.want)
		}
	}
}
