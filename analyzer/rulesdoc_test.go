package analyzer_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whispirlint/whispirlint/analyzer"
)

var update = flag.Bool("update", false, "rewrite the generated rules section of docs/rules.md")

const (
	rulesDoc   = "docs/rules.md" // the page analyzer.DocURL names
	rulesBegin = "<!-- rules:begin (generated from analyzer.Rules: go test ./analyzer -run TestRulesDoc -update) -->\n"
	rulesEnd   = "<!-- rules:end -->\n"
)

// TestRulesDoc keeps the rules table and rule sections of docs/rules.md in
// step with analyzer.Rules, the single source of the rule texts.
func TestRulesDoc(t *testing.T) {
	path := filepath.Join("..", filepath.FromSlash(rulesDoc))
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	i := strings.Index(readme, rulesBegin)
	j := strings.Index(readme, rulesEnd)
	if i < 0 || j < i {
		t.Fatalf("%s has no generated rules section (%q ... %q)", rulesDoc, rulesBegin, rulesEnd)
	}
	want := readme[:i+len(rulesBegin)] + renderRules() + readme[j:]
	if want == readme {
		return
	}
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("%s's rules section is stale: run go test ./analyzer -run TestRulesDoc -update", rulesDoc)
}

// prose escapes rule text for Markdown outside code blocks ("<region>").
var prose = strings.NewReplacer("<", "&lt;", ">", "&gt;").Replace

func renderRules() string {
	var b strings.Builder
	b.WriteString("\n| ID | name | finds | fix |\n|---|---|---|---|\n")
	for _, r := range analyzer.Rules {
		fix := "report only"
		switch {
		case strings.HasPrefix(r.Fix, "With -secrets=env"):
			fix = "opt-in: `-secrets=env`"
		case strings.HasPrefix(r.Fix, "With -region"):
			fix = "yes, with a region"
		case r.Fix != "":
			fix = "yes"
		}
		fmt.Fprintf(&b, "| [%s](#%s) | `%s` | %s | %s |\n", r.ID, strings.ToLower(r.ID), r.Name, prose(r.Title), fix)
	}
	for _, r := range analyzer.Rules {
		fmt.Fprintf(&b, "\n<a id=\"%s\"></a>\n## %s `%s`: %s\n\n", strings.ToLower(r.ID), r.ID, r.Name, prose(r.Title))
		if r.Finds != "" {
			fmt.Fprintf(&b, "**Finds.** %s\n\n", prose(r.Finds))
		}
		if r.Fix != "" {
			fmt.Fprintf(&b, "**Fix.** %s\n\n", prose(r.Fix))
		} else {
			b.WriteString("**Fix.** None: the rule reports only; the message says what to change by hand.\n\n")
		}
		if r.Before != "" {
			fmt.Fprintf(&b, "❌\n\n```go\n%s\n```\n\n", r.Before)
		}
		if r.After != "" {
			fmt.Fprintf(&b, "✅\n\n```go\n%s\n```\n\n", r.After)
		}
		if r.Sources != "" {
			fmt.Fprintf(&b, "*Provider facts:* %s\n\n", prose(r.Sources))
		}
		fmt.Fprintf(&b, "*Since* %s.\n", r.Since)
	}
	b.WriteString("\n")
	return b.String()
}

// TestDocURL checks that analyzer.DocURL names the generated page in this
// repository and that every rule has its anchor there, so the links of
// -help and SARIF land on the rule's section.
func TestDocURL(t *testing.T) {
	const prefix = "https://github.com/whispirlint/whispirlint/blob/main/"
	if analyzer.DocURL != prefix+rulesDoc {
		t.Fatalf("DocURL = %q, want %q", analyzer.DocURL, prefix+rulesDoc)
	}
	data, err := os.ReadFile(filepath.Join("..", filepath.FromSlash(rulesDoc)))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range analyzer.Rules {
		if anchor := fmt.Sprintf("<a id=%q></a>", strings.ToLower(r.ID)); !strings.Contains(string(data), anchor) {
			t.Errorf("%s has no anchor %s for %s", rulesDoc, anchor, r.ID)
		}
	}
}
