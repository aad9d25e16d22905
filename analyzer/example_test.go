package analyzer_test

import (
	"fmt"

	"github.com/whispirlint/whispirlint/analyzer"
)

// New builds an analyzer with its own configuration, for drivers that do
// not use command-line flags (golangci-lint, custom multicheckers).
func ExampleNew() {
	a, err := analyzer.New(analyzer.Config{Region: "AU", Disable: []string{"WL21", "WL22"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Name)
	// Output: whispirlint
}

// Validate says what is wrong with a configuration, with the valid values.
func ExampleConfig_Validate() {
	fmt.Println(analyzer.Config{Region: "mars"}.Validate())
	fmt.Println(analyzer.Config{Rules: []string{"WL3"}}.Validate())
	// Output:
	// unknown Whispir region "mars": valid regions are au, nz, ap, ap1, us, it, education
	// unknown rule "WL3": valid rules are WL01, WL02, WL11, WL12, WL21, WL22, WL90, or their names legacy-host, apikey-in-query, hardcoded-basic-credentials, hardcoded-api-key, infobip-credentials-in-url, sinch-basic-auth, bad-directive
}

// RuleByID gives a rule's documentation, as -help and the README show it.
func ExampleRuleByID() {
	r, _ := analyzer.RuleByID("WL02")
	fmt.Println(r.Name + ": " + r.Title)
	// Output: apikey-in-query: Whispir API key sent in the query string
}

// The analyzer's flags configure analyzer.Analyzer, the instance the
// command-line drivers use (go vet passes them through).
func Example_flags() {
	for _, name := range []string{"rules", "disable"} {
		fmt.Printf("-%s: %s\n", name, analyzer.Analyzer.Flags.Lookup(name).Usage)
	}
	// Output:
	// -rules: report only these rules (comma-separated IDs or names, e.g. WL01,apikey-in-query)
	// -disable: do not report these rules (comma-separated IDs or names, e.g. WL21,sinch-basic-auth)
}
