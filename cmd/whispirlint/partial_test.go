package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestPartialResults: a package that does not type-check is an error
// (exit 1) in every mode, and every other package is still analyzed and
// reported, in text, JSON and SARIF; -fix changes no file.
func TestPartialResults(t *testing.T) {
	dir := copyFixture(t, "legacy")
	writeFile(t, dir, "broken/broken.go", "package broken\n\nvar x int = \"not an int\"\n")
	env := []string{fakeEnv + "=1"}
	const typeError = "broken/broken.go:3:13: cannot use"

	t.Run("text", func(t *testing.T) {
		res := run(t, dir, env, fakeBin(t), "./...")
		for _, want := range []string{typeError, "legacy.go:8:14: legacy Whispir host", "whispirlint: 5 findings in 1 package; 1 package did not load or type-check (errors above)\n"} {
			if !strings.Contains(res.stderr, want) {
				t.Errorf("stderr has no %q:\n%s", want, res.stderr)
			}
		}
		if res.code != 1 {
			t.Errorf("exit %d, want 1", res.code)
		}
	})
	t.Run("json", func(t *testing.T) {
		res := run(t, dir, env, fakeBin(t), "-json", "./...")
		var tree map[string]map[string]json.RawMessage
		if err := json.Unmarshal([]byte(res.stdout), &tree); err != nil || res.code != 1 {
			t.Fatalf("exit %d, %v, stdout:\n%s", res.code, err, res.stdout)
		}
		var broken struct{ Error string }
		json.Unmarshal(tree["example.com/legacy/broken"]["whispirlint"], &broken)
		if !strings.Contains(broken.Error, typeError) {
			t.Errorf("the broken package's entry has no error %q:\n%s", typeError, res.stdout)
		}
		var diags []jsonDiagnostic
		json.Unmarshal(tree["example.com/legacy"]["whispirlint"], &diags)
		if len(diags) == 0 {
			t.Errorf("no findings for the package that type-checks:\n%s", res.stdout)
		}
	})
	t.Run("sarif", func(t *testing.T) {
		res := run(t, dir, env, fakeBin(t), "-format=sarif", "./...")
		var log sarifLog
		if err := json.Unmarshal([]byte(res.stdout), &log); err != nil || res.code != 1 {
			t.Fatalf("exit %d, %v, stdout:\n%s", res.code, err, res.stdout)
		}
		run := log.Runs[0]
		if len(run.Results) == 0 {
			t.Errorf("no results for the package that type-checks")
		}
		if len(run.Invocations) != 1 || run.Invocations[0].ExecutionSuccessful ||
			len(run.Invocations[0].ToolExecutionNotifications) != 1 ||
			!strings.Contains(run.Invocations[0].ToolExecutionNotifications[0].Message.Text, typeError) {
			t.Errorf("want one failed invocation that names the type error, got %+v", run.Invocations)
		}
		var v any
		json.Unmarshal([]byte(res.stdout), &v)
		if errs := validateSARIFSchema(t, v); len(errs) > 0 {
			t.Errorf("the log breaks the SARIF schema:\n%s", strings.Join(errs, "\n"))
		}
	})
	for _, args := range [][]string{{"-fix", "./..."}, {"-fix", "-diff", "./..."}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			before := readFile(t, dir, "legacy.go")
			res := run(t, dir, env, fakeBin(t), args...)
			const want = "whispirlint: 1 package did not load or type-check (errors above); -fix changed no file\n"
			if res.code != 1 || !strings.Contains(res.stderr, want) || res.stdout != "" {
				t.Errorf("exit %d, want 1 and %q, stdout:\n%s\nstderr:\n%s", res.code, want, res.stdout, res.stderr)
			}
			if after := readFile(t, dir, "legacy.go"); after != before {
				t.Errorf("-fix changed legacy.go with a broken package in the run")
			}
			if tmp, _ := filepath.Glob(filepath.Join(dir, ".*.whispirlint-*")); len(tmp) > 0 {
				t.Errorf("temporary files left: %v", tmp)
			}
		})
	}
}

// TestCountLine: every report ends with a count line on stderr, for the
// text output and the machine formats alike, whose stdout it leaves alone.
func TestCountLine(t *testing.T) {
	dir := copyFixture(t, "legacy")
	writeFile(t, dir, "clean/clean.go", "package clean\n")
	env := []string{fakeEnv + "=1"}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"./..."}, "whispirlint: 5 findings in 2 packages\n"},
		{[]string{"./clean"}, "whispirlint: no findings in 1 package\n"},
		{[]string{"-json", "./..."}, "whispirlint: 5 findings in 2 packages\n"},
		{[]string{"-format=sarif", "./..."}, "whispirlint: 5 findings in 2 packages\n"},
	} {
		res := run(t, dir, env, fakeBin(t), tc.args...)
		if !strings.HasSuffix(res.stderr, tc.want) || strings.Contains(res.stdout, "whispirlint: ") {
			t.Errorf("%v: stderr does not end with %q (or stdout has it):\nstdout:\n%s\nstderr:\n%s", tc.args, tc.want, res.stdout, res.stderr)
		}
	}
}

// TestMissingDirectoryOnce: a pattern naming a directory that does not
// exist is one error, said once (by the go command), not again by the
// configuration scan.
func TestMissingDirectoryOnce(t *testing.T) {
	dir := copyFixture(t, "legacy")
	for _, pattern := range []string{"./nosuch", "./nosuch/..."} {
		res := run(t, dir, []string{fakeEnv + "=1"}, fakeBin(t), pattern)
		n := 0
		for l := range strings.Lines(res.stderr) {
			if strings.Contains(l, "nosuch") {
				n++
			}
		}
		if res.code != 1 || n != 1 {
			t.Errorf("%s: exit %d, the directory named on %d lines; want exit 1 and one:\n%s", pattern, res.code, n, res.stderr)
		}
	}
}
