package analyzer_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/whispirlint/whispirlint/analyzer"
)

// TestSuppress: line, next-line, declaration and file directives, nolint,
// and the WL90 reports of directives without a reason, with an unknown rule,
// or without effect.
func TestSuppress(t *testing.T) {
	t.Parallel()
	results := analysistest.Run(t, testdata, au, "suppress")
	seen := make(map[string]bool) // the package and its test variant share files
	for _, r := range results {
		if s, ok := r.Result.(*analyzer.Suppressed); ok {
			for _, f := range s.Findings {
				seen[r.Pass.Fset.Position(f.Diagnostic.Pos).String()] = true
				if f.Directive == "" || !strings.HasPrefix(f.Diagnostic.Message, f.Diagnostic.Category+": ") {
					t.Errorf("suppressed finding %+v", f)
				}
			}
		}
	}
	// a, b, the two of d, e, f and h; l (one WL02 finding, the host in it) and m of fileignore.go.
	if n := len(seen); n != 9 {
		t.Errorf("%d suppressed findings in the result, want 9", n)
	}
}

// TestDisable: a disabled rule reports nothing.
func TestDisable(t *testing.T) {
	t.Parallel()
	a, err := analyzer.New(analyzer.Config{Region: "au", Disable: []string{"WL01"}})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, a, "selection")
	only, err := analyzer.New(analyzer.Config{Region: "au", Rules: []string{"WL02"}})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, only, "selection")
}

// TestRuleNames: rules are selected by name as by ID, in any case.
func TestRuleNames(t *testing.T) {
	t.Parallel()
	a, err := analyzer.New(analyzer.Config{Region: "au", Disable: []string{"Legacy-Host"}})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, a, "selection") // as Disable: WL01
	only, err := analyzer.New(analyzer.Config{Region: "au", Rules: []string{"apikey-in-query"}})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, only, "selection") // as Rules: WL02
	for name, id := range map[string]string{"legacy-host": "WL01", "WL12": "WL12", "sinch-basic-auth": "WL22", "wl90": "WL90"} {
		if r, ok := analyzer.LookupRule(name); !ok || r.ID != id {
			t.Errorf("LookupRule(%q) = %s, %v; want %s", name, r.ID, ok, id)
		}
	}
}

func TestRuleSelectionErrors(t *testing.T) {
	for _, cfg := range []analyzer.Config{{Rules: []string{"WL3"}}, {Disable: []string{"wl01x"}}} {
		if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), "valid rules are WL01, WL02") {
			t.Errorf("Validate(%+v) = %v", cfg, err)
		}
	}
	if err := analyzer.Analyzer.Flags.Set("disable", "wl21, WL22"); err != nil {
		t.Errorf("-disable=wl21,WL22: %v", err)
	}
	if err := analyzer.Analyzer.Flags.Set("disable", "legacy-host,WL22"); err != nil || analyzer.Analyzer.Flags.Lookup("disable").Value.String() != "WL01,WL22" {
		t.Errorf("-disable=legacy-host,WL22: %v, holds %s; want WL01,WL22", err, analyzer.Analyzer.Flags.Lookup("disable").Value)
	}
	analyzer.Analyzer.Flags.Set("disable", "")
}

// TestRegionCase: -region=AU is au.
func TestRegionCase(t *testing.T) {
	if _, err := analyzer.New(analyzer.Config{Region: "AU"}); err != nil {
		t.Errorf("region AU: %v", err)
	}
}

// TestSuppressNolintByDriver: with Config.NolintByDriver (golangci-lint),
// //nolint comments are left to the driver; //whispirlint:ignore is not.
func TestSuppressNolintByDriver(t *testing.T) {
	t.Parallel()
	a, err := analyzer.New(analyzer.Config{Region: "au", NolintByDriver: true})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, a, "suppressbydriver")
}
