package main

import (
	"flag"
	"strings"
	"testing"

	"github.com/whispirlint/whispirlint/analyzer"
)

func TestHelp(t *testing.T) {
	res := run(t, t.TempDir(), nil, whispirlintBin(t), "-help")
	if res.code != 0 || res.stderr != "" {
		t.Fatalf("-help: exit %d, stderr:\n%s", res.code, res.stderr)
	}
	help := res.stdout
	title, _, _ := strings.Cut(analyzer.Analyzer.Doc, "\n\n")
	want := []string{
		"whispirlint: " + title, // the analyzer's doc, from doc.go
		"-region", "WHISPIR_REGION", "-format", "sarif",
		"whispirlint [flags] packages", "-fix packages", "go vet -vettool=",
		"Exit status:", "  3  findings were reported",
		"Configuration files", "-config", "-config-max-size", "-region=auto",
	}
	for _, r := range analyzer.Rules {
		want = append(want, r.ID, ruleURL(r.ID))
	}
	o, _ := parseArgs(analyzer.Analyzer, nil)
	o.flags.VisitAll(func(f *flag.Flag) { want = append(want, "-"+f.Name) })
	for _, w := range want {
		if !strings.Contains(help, w) {
			t.Errorf("-help does not mention %q", w)
		}
	}
	if t.Failed() {
		t.Logf("-help:\n%s", help)
	}
}
