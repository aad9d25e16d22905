package main

import (
	"slices"
	"strings"
	"testing"
)

// TestChangeDirFlag: -C dir is a flag like the others, anywhere before the
// packages; after them it is an error that says so.
func TestChangeDirFlag(t *testing.T) {
	for _, tc := range []struct {
		args     []string
		dir      string
		patterns []string
		err      string
	}{
		{args: []string{"-region=au", "./..."}, patterns: []string{"./..."}},
		{args: []string{"-C", "sub", "-fix", "./..."}, dir: "sub", patterns: []string{"./..."}},
		{args: []string{"-fix", "-C=sub", "./..."}, dir: "sub", patterns: []string{"./..."}},
		{args: []string{"-region=au", "--C", "sub", "./a", "./b"}, dir: "sub", patterns: []string{"./a", "./b"}},
		{args: []string{"-C"}, err: "flag needs an argument: -C"},
		{args: []string{"./...", "-C", "sub"}, err: "-C dir must come before the packages"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			o, err := parseArgs(withRegionFlag(), tc.args)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("parseArgs(%q) error = %v, want %q", tc.args, err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if o.dir != tc.dir || !slices.Equal(o.patterns, tc.patterns) {
				t.Errorf("parseArgs(%q): dir %q, patterns %q; want %q, %q", tc.args, o.dir, o.patterns, tc.dir, tc.patterns)
			}
		})
	}
}

// TestChangeDirRuns runs the built command with -C after other flags.
func TestChangeDirRuns(t *testing.T) {
	dir := copyFixture(t, "legacy")
	res := run(t, t.TempDir(), []string{fakeEnv + "=1"}, fakeBin(t), "-test=false", "-C", dir, "./...")
	if res.code != exitFindings || !strings.Contains(res.stderr, "legacy.go:8:14: legacy Whispir host") {
		t.Errorf("exit %d, stderr:\n%s\nwant exit 3 and findings with paths relative to the -C directory", res.code, res.stderr)
	}
}
