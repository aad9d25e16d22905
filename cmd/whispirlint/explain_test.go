package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/whispirlint/whispirlint/analyzer"
)

// TestExplain: -explain prints a rule's documentation, by ID or name, from
// the analyzer's Rule values; an unknown rule is a flag error that lists them.
func TestExplain(t *testing.T) {
	for _, r := range analyzer.Rules {
		for _, arg := range []string{r.ID, r.Name, strings.ToLower(r.ID)} {
			var stdout, stderr bytes.Buffer
			code := drive(analyzer.Analyzer, []string{"-explain", arg}, &stdout, &stderr)
			out := stdout.String()
			if code != exitOK || stderr.Len() > 0 {
				t.Errorf("-explain %s: exit %d, stderr %q", arg, code, stderr.String())
			}
			for _, want := range []string{r.ID + " " + r.Name + ": " + r.Title, strings.Fields(r.Finds)[0], indentLines(r.Before, "    "), ruleURL(r.ID)} {
				if !strings.Contains(out, want) {
					t.Errorf("-explain %s does not show %q:\n%s", arg, want, out)
				}
			}
			if r.Fix == "" && !strings.Contains(out, "report only") {
				t.Errorf("-explain %s: a report-only rule is not said to be one:\n%s", arg, out)
			}
		}
	}
	var stdout, stderr bytes.Buffer
	code := drive(analyzer.Analyzer, []string{"-explain=WL99"}, &stdout, &stderr)
	if code != exitError || !strings.Contains(stderr.String(), `-explain: unknown rule "WL99": the rules are WL01 (legacy-host), `) || stdout.Len() > 0 {
		t.Errorf("-explain=WL99: exit %d, stdout %q, stderr %q", code, stdout.String(), stderr.String())
	}
}
