package main

// This file is -explain: a rule's documentation on the terminal, from the
// same Rule values as -help, SARIF and the README's rule reference.

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/whispirlint/whispirlint/analyzer"
)

// explain prints the documentation of the rule named by id (an ID or a
// name), or an error that lists the rules.
func explain(w, stderr io.Writer, id string) int {
	r, ok := analyzer.LookupRule(id)
	if !ok {
		var names []string
		for _, r := range analyzer.Rules {
			names = append(names, r.ID+" ("+r.Name+")")
		}
		return reportFlagError(stderr, analyzer.Name, fmt.Errorf("-explain: unknown rule %q: the rules are %s", id, strings.Join(names, ", ")))
	}
	fmt.Fprintf(w, "%s %s: %s (since %s)\n\n", r.ID, r.Name, r.Title, r.Since)
	fmt.Fprintf(w, "Finds:\n%s\n", wrap(r.Finds, "  ", 76))
	switch {
	case slices.Contains(optInFixes, r.ID):
		fmt.Fprintf(w, "Fix (with -secrets=env):\n%s\n", wrap(r.Fix, "  ", 76))
	case r.Fix != "":
		fmt.Fprintf(w, "Fix:\n%s\n", wrap(r.Fix, "  ", 76))
	default:
		fmt.Fprintf(w, "Fix:\n  none: report only; the change is made by hand.\n\n")
	}
	if r.Before != "" {
		fmt.Fprintf(w, "Before:\n%s\n", indentLines(r.Before, "    "))
	}
	if r.After != "" {
		fmt.Fprintf(w, "After:\n%s\n", indentLines(r.After, "    "))
	}
	if r.Sources != "" {
		fmt.Fprintf(w, "Sources:\n%s\n", wrap(r.Sources, "  ", 76))
	}
	fmt.Fprintf(w, "Suppress: //whispirlint:ignore %s reason\nMore: %s\n", r.ID, ruleURL(r.ID))
	return exitOK
}

// wrap fills text into lines of at most width columns, each starting with
// indent, and ends it with a blank line.
func wrap(text, indent string, width int) string {
	var b strings.Builder
	line := indent
	for word := range strings.FieldsSeq(text) {
		if line != indent && len(line)+1+len(word) > width {
			b.WriteString(line + "\n")
			line = indent
		}
		if line != indent {
			line += " "
		}
		line += word
	}
	b.WriteString(line + "\n")
	return b.String()
}

func indentLines(text, indent string) string {
	return indent + strings.ReplaceAll(text, "\n", "\n"+indent) + "\n"
}
