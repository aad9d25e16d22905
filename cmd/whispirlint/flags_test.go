package main

import (
	"encoding/json"
	"flag"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/whispirlint/whispirlint/analyzer"
)

func TestIsVetTool(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{"-V=full"}, true},
		{[]string{"--V=full"}, true},
		{[]string{"-flags"}, true},
		{[]string{"-region=au", "/tmp/go-build1/b001/vet.cfg"}, true},
		{[]string{"./..."}, false},
		{[]string{"-fix", "-region=au", "./..."}, false},
		{[]string{"-format=sarif", "./..."}, false},
		{[]string{"-c=1", "./pkg"}, false},
		{[]string{"--", "-V"}, false},
		{nil, false},
	} {
		if got := isVetTool(tc.args); got != tc.want {
			t.Errorf("isVetTool(%q) = %v, want %v", tc.args, got, tc.want)
		}
	}
}

// TestVetFlags: the built binary's -flags answer (the flags go vet may pass
// through) is every flag of the driver but those that mean nothing under
// go vet (-format, -C, -sarif-base, ...) or that go vet sets itself (-fix).
func TestVetFlags(t *testing.T) {
	res := run(t, t.TempDir(), nil, whispirlintBin(t), "-flags")
	var flags []struct{ Name string }
	if err := json.Unmarshal([]byte(res.stdout), &flags); err != nil {
		t.Fatalf("-flags: %v\n%s", err, res.stdout)
	}
	var theirs []string
	for _, f := range flags {
		theirs = append(theirs, f.Name)
	}
	hidden := []string{"debug", "cpuprofile", "memprofile", "trace", "fix", "format", "C", "version", "set-exit-status", "sarif-base", "explain", "o", "exclude", "exclude-generated", "new-from-rev"}
	var ours []string
	o, err := parseArgs(analyzer.Analyzer, nil)
	if err != nil {
		t.Fatal(err)
	}
	o.flags.VisitAll(func(f *flag.Flag) {
		if !slices.Contains(hidden, f.Name) {
			ours = append(ours, f.Name)
		}
	})
	slices.Sort(theirs)
	if !slices.Equal(ours, theirs) {
		t.Errorf("driver flags differ from those offered to go vet:\n ours   %q\n theirs %q", ours, theirs)
	}
}

func TestParseArgs(t *testing.T) {
	o, err := parseArgs(fakeAnalyzer, []string{"-format=sarif", "-test=false", "-c", "2", "./a", "./b/..."})
	if err != nil {
		t.Fatal(err)
	}
	if o.format != "sarif" || o.tests || o.context != 2 || !slices.Equal(o.patterns, []string{"./a", "./b/..."}) {
		t.Errorf("parsed %+v", o)
	}
	for _, args := range [][]string{{"-help"}, {"-h"}, {"-fix", "-help", "./..."}} {
		if _, err := parseArgs(fakeAnalyzer, args); err != flag.ErrHelp {
			t.Errorf("parseArgs(%q) = %v, want flag.ErrHelp", args, err)
		}
	}
}

func TestCheck(t *testing.T) {
	env := func(region string) func(string) string {
		return func(name string) string {
			if name == analyzer.RegionEnv {
				return region
			}
			return ""
		}
	}
	for _, tc := range []struct {
		args    []string
		region  string // $WHISPIR_REGION
		wantErr string // "" for none
	}{
		{[]string{"./..."}, "", ""},
		{[]string{"./..."}, "au", ""},
		{[]string{"./..."}, "mars", `$WHISPIR_REGION: unknown Whispir region "mars": valid regions are au, nz, ap, ap1, us, it, education`},
		{[]string{"-region=au", "./..."}, "mars", ""}, // the flag wins, as in the analyzer
		{[]string{"-format=sarif", "./..."}, "", ""},
		{[]string{"-format=sarif", "-fix", "./..."}, "", "cannot be combined"},
		{[]string{"-format=sarif", "-diff", "./..."}, "", "cannot be combined"},
		{[]string{"-format=json", "./..."}, "", `invalid -format "json": valid formats are text, sarif`},
		{[]string{"-fix", "-diff", "-show-secrets", "./..."}, "", ""},
		{[]string{"-show-secrets", "./..."}, "", "-show-secrets works with -fix -diff only"},
		{[]string{"-fix", "-show-secrets", "./..."}, "", "-show-secrets works with -fix -diff only"},
		{[]string{"-json", "-show-secrets", "./..."}, "", "-show-secrets works with -fix -diff only"},
	} {
		o, err := parseArgs(withRegionFlag(), tc.args)
		if err != nil {
			t.Fatal(err)
		}
		err = o.check(env(tc.region))
		if got := errString(err); tc.wantErr == "" && err != nil || !strings.Contains(got, tc.wantErr) {
			t.Errorf("%q with WHISPIR_REGION=%q: check() = %v, want %q", tc.args, tc.region, err, tc.wantErr)
		}
	}
}

func TestRegionFlagError(t *testing.T) {
	_, err := parseArgs(analyzer.Analyzer, []string{"-region=mars", "./..."})
	want := `invalid value "mars" for flag -region: unknown Whispir region "mars": valid regions are au, nz, ap, ap1, us, it, education`
	if errString(err) != want {
		t.Errorf("error = %v\nwant    %s", err, want)
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// withRegionFlag returns a fake analyzer with a -region flag of its own, so
// that tests which set it leave analyzer.Analyzer's configuration alone.
func withRegionFlag() *analysis.Analyzer {
	a := &analysis.Analyzer{Name: fakeAnalyzer.Name, Doc: fakeAnalyzer.Doc, Run: fakeAnalyzer.Run, Requires: fakeAnalyzer.Requires}
	a.Flags.String("region", "", "region")
	return a
}
