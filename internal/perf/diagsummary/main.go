// Command diagsummary reads the JSON a go/analysis driver prints with -json
// (package ID -> analyzer -> diagnostics or {"error": ...}) and prints one
// line of counts followed by every diagnostic and analysis error, one per
// line. scripts/realcode.sh uses it to tell findings from analyzer failures.
//
//	diagsummary FILE.json
//
// prints
//
//	diagnostics=2 errors=0
//	/path/x.go:12:9: WL01: legacy Whispir host ...
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
)

type diagnostic struct {
	Category string `json:"category"`
	Posn     string `json:"posn"`
	Message  string `json:"message"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: diagsummary FILE.json")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fail(err)
	}
	var tree map[string]map[string]json.RawMessage
	if len(data) > 0 {
		if err := json.Unmarshal(data, &tree); err != nil {
			fail(fmt.Errorf("%s: not analysis JSON: %v", os.Args[1], err))
		}
	}

	var diags, errs []string
	for _, pkg := range sortedKeys(tree) {
		for _, name := range sortedKeys(tree[pkg]) {
			raw := tree[pkg][name]
			var e struct{ Error string }
			if json.Unmarshal(raw, &e) == nil && e.Error != "" {
				errs = append(errs, fmt.Sprintf("%s: %s: error: %s", pkg, name, e.Error))
				continue
			}
			var ds []diagnostic
			if err := json.Unmarshal(raw, &ds); err != nil {
				fail(fmt.Errorf("%s: %s: unexpected result %s", pkg, name, raw))
			}
			for _, d := range ds {
				diags = append(diags, fmt.Sprintf("%s: %s: %s", d.Posn, d.Category, d.Message))
			}
		}
	}
	// The same file is analyzed once per test variant of its package.
	diags = dedup(diags)

	fmt.Printf("diagnostics=%d errors=%d\n", len(diags), len(errs))
	for _, l := range append(diags, errs...) {
		fmt.Println(l)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func dedup(lines []string) []string {
	sort.Strings(lines)
	out := lines[:0]
	for i, l := range lines {
		if i == 0 || l != lines[i-1] {
			out = append(out, l)
		}
	}
	return out
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "diagsummary:", err)
	os.Exit(1)
}
