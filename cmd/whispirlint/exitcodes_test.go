package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestExitCodes runs the built command the way users do and checks every
// exit code docs/exit-codes.md documents.
func TestExitCodes(t *testing.T) {
	bin := whispirlintBin(t)
	const badRegion = `whispirlint: invalid value "mars" for flag -region: unknown Whispir region "mars": valid regions are au, nz, ap, ap1, us, it, education`
	for _, tc := range []struct {
		name       string
		env        []string
		args       []string
		code       int
		stdout     string // a substring of stdout ("" to skip)
		stderr     string // a substring of stderr ("" to skip)
		jsonStdout bool   // stdout must be JSON
	}{
		{name: "clean", args: []string{"./clean"}, code: 0},
		{name: "findings", args: []string{"./..."}, code: 3, stderr: "legacy.go:8:14: WL01: "},
		{name: "findings -format=text", args: []string{"-format=text", "./..."}, code: 3, stderr: "legacy.go:8:14: WL01: "},
		{name: "findings -json", args: []string{"-json", "./..."}, code: 0, jsonStdout: true, stdout: `"category": "WL01"`},
		{name: "findings -format=sarif", args: []string{"-format=sarif", "./..."}, code: 0, jsonStdout: true, stdout: `"ruleId": "WL01"`},
		{name: "-fix", args: []string{"-fix", "-region=au", "./..."}, code: 0, stderr: "whispirlint: migrated "},
		{name: "-fix -diff", args: []string{"-fix", "-diff", "-region=au", "./..."}, code: 3, stdout: `+const base = "https://api.au.whispir.com"`},
		{name: "-fix -diff with nothing to change", args: []string{"-fix", "-diff", "-region=au", "./clean"}, code: 0},
		{name: "-fix leaving findings for hand changes", args: []string{"-fix", "./..."}, code: 3, stderr: "a change by hand:"},
		{name: "-fix without the region hosts need", args: []string{"-fix", "./..."}, code: 3, stderr: "set -region=REGION or $WHISPIR_REGION to get a fix"},
		{name: "findings -json -set-exit-status", args: []string{"-json", "-set-exit-status", "./..."}, code: 3, jsonStdout: true, stdout: `"category": "WL01"`},
		{name: "findings -format=sarif -set-exit-status", args: []string{"-format=sarif", "-set-exit-status", "./..."}, code: 3, jsonStdout: true, stdout: `"ruleId": "WL01"`},
		{name: "clean -json -set-exit-status", args: []string{"-json", "-set-exit-status", "./clean"}, code: 0, jsonStdout: true},
		{name: "help", args: []string{"help"}, code: 0, stdout: "Exit status:"},
		{name: "-version", args: []string{"-version"}, code: 0, stdout: "whispirlint "},
		{name: "-C after the packages", args: []string{"./...", "-C", "clean"}, code: 1, stderr: "whispirlint: -C dir must come before the packages"},

		{name: "no packages", args: nil, code: 1, stderr: "Usage:"},
		{name: "unknown flag", args: []string{"-nosuch", "./..."}, code: 1, stderr: "whispirlint: flag provided but not defined: -nosuch\nRun 'whispirlint -help' for usage.\n"},
		{name: "unknown region", args: []string{"-region=mars", "./..."}, code: 1, stderr: badRegion},
		{name: "unknown region in the environment", env: []string{"WHISPIR_REGION=mars"}, args: []string{"./..."}, code: 1,
			stderr: `whispirlint: $WHISPIR_REGION: unknown Whispir region "mars": valid regions are au, nz, ap, ap1, us, it, education`},
		{name: "unknown rule", args: []string{"-rules=WL01,WL3", "./..."}, code: 1, stderr: `whispirlint: invalid value "WL01,WL3" for flag -rules: unknown rule "WL3": valid rules are WL01, WL02`},
		{name: "region in capitals", args: []string{"-region=AU", "-fix", "-diff", "./..."}, code: 3, stdout: `+const base = "https://api.au.whispir.com"`},
		{name: "a disabled rule", args: []string{"-disable=WL01,WL02", "./..."}, code: 0},
		{name: "rules by name", args: []string{"-disable=legacy-host,apikey-in-query", "./..."}, code: 0},
		{name: "a rule by name", args: []string{"-rules=legacy-host", "./..."}, code: 3, stderr: "legacy.go:8:14: WL01: "},
		{name: "unknown format", args: []string{"-format=xml", "./..."}, code: 1, stderr: `invalid -format "xml": valid formats are text, sarif`},
		{name: "sarif with -json", args: []string{"-format=sarif", "-json", "./..."}, code: 1, stderr: "cannot be combined"},
		{name: "type error", args: []string{"./broken"}, code: 1, stderr: "broken.go:3:13"},
		{name: "type error -json", args: []string{"-json", "./broken"}, code: 1, stderr: "broken.go:3:13"},
		{name: "type error -format=sarif", args: []string{"-format=sarif", "./broken"}, code: 1, stderr: "broken.go:3:13"},
		{name: "type error -fix", args: []string{"-fix", "./broken"}, code: 1, stderr: "broken.go:3:13"},
		{name: "missing directory", args: []string{"./nosuch/..."}, code: 1, stderr: "nosuch"},
		{name: "-help", args: []string{"-help"}, code: 0, stdout: "Exit status:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := copyFixture(t, "legacy")
			writeFile(t, dir, "clean/clean.go", "package clean\n\nconst host = \"https://api.au.whispir.com\"\n")
			if strings.Contains(strings.Join(tc.args, " "), "broken") {
				writeFile(t, dir, "broken/broken.go", "package broken\n\nvar x int = \"not an int\"\n")
			}
			res := run(t, dir, tc.env, bin, tc.args...)
			if res.code != tc.code {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", res.code, tc.code, res.stdout, res.stderr)
			}
			if !strings.Contains(res.stdout, tc.stdout) {
				t.Errorf("stdout does not contain %q:\n%s", tc.stdout, res.stdout)
			}
			if !strings.Contains(res.stderr, tc.stderr) {
				t.Errorf("stderr does not contain %q:\n%s", tc.stderr, res.stderr)
			}
			if tc.jsonStdout && !json.Valid([]byte(res.stdout)) {
				t.Errorf("stdout is not JSON:\n%s", res.stdout)
			}
			if tc.code == 1 && strings.HasPrefix(tc.stderr, "whispirlint: ") && strings.Contains(res.stderr, "Flags:") {
				t.Errorf("the error is buried under the usage text:\n%s", res.stderr)
			}
		})
	}
}

// TestContextLines documents -c: after each finding, its source lines,
// numbered, with N lines of context either side (-c=0: the lines alone).
func TestContextLines(t *testing.T) {
	dir := copyFixture(t, "legacy")
	for _, tc := range []struct {
		c    string
		want string
	}{
		{"-c=0", "legacy.go:8:14: legacy Whispir host api.whispir.com\n" +
			"8\tconst base = \"https://api.whispir.com\"\n" +
			"legacy.go:12:25: "},
		{"-c=1", "legacy.go:8:14: legacy Whispir host api.whispir.com\n" +
			"7\t// Have: a base URL kept in a constant.\n" +
			"8\tconst base = \"https://api.whispir.com\"\n" +
			"9\t\n" +
			"legacy.go:12:25: "},
	} {
		res := run(t, dir, []string{fakeEnv + "=1"}, fakeBin(t), tc.c, "./...")
		if res.code != 3 || !strings.Contains(res.stderr, tc.want) {
			t.Errorf("%s: exit %d, stderr:\n%s\nwant exit 3 and:\n%s", tc.c, res.code, res.stderr, tc.want)
		}
	}
}

// TestVetTool runs the built command under go vet: the unitchecker protocol
// (-V=full, -flags, a .cfg file) is answered.
func TestVetTool(t *testing.T) {
	bin := whispirlintBin(t)
	dir := copyFixture(t, "legacy")

	res := run(t, dir, nil, bin, "-V=full")
	if res.code != 0 || !strings.Contains(res.stdout, " version devel ") || !strings.Contains(res.stdout, "buildID=") {
		t.Errorf("-V=full: exit %d, stdout %q", res.code, res.stdout)
	}

	res = run(t, dir, nil, bin, "-flags")
	var flags []struct{ Name string }
	if err := json.Unmarshal([]byte(res.stdout), &flags); res.code != 0 || err != nil {
		t.Fatalf("-flags: exit %d, %v, stdout:\n%s", res.code, err, res.stdout)
	}
	for _, f := range flags {
		if f.Name == "format" {
			t.Errorf("-flags offers -format to go vet, where it would have no effect")
		}
	}

	res = run(t, dir, nil, "go", "vet", "-vettool="+bin, "-region=au", "./...")
	if res.code == 0 || !strings.Contains(res.stderr, "legacy.go:8:14: WL01: retired Whispir host api.whispir.com") {
		t.Errorf("go vet -vettool: exit %d, stderr:\n%s\nwant the WL01 finding", res.code, res.stderr)
	}
	res = run(t, dir, nil, "go", "vet", "-vettool="+bin, "-region=mars", "./...")
	if res.code == 0 || !strings.Contains(res.stderr, `unknown Whispir region "mars"`) {
		t.Errorf("go vet -vettool -region=mars: exit %d, stderr:\n%s", res.code, res.stderr)
	}
}

// TestTypeErrorOnce: a type error in a package with tests is printed once,
// with a path relative to the working directory, although go list and the
// type checker report it for the package and for its test variant.
func TestTypeErrorOnce(t *testing.T) {
	dir := copyFixture(t, "legacy")
	writeFile(t, dir, "broken/broken.go", "package broken\n\nvar x int = \"not an int\"\n")
	writeFile(t, dir, "broken/broken_test.go", "package broken\n\nimport \"testing\"\n\nfunc TestX(t *testing.T) {}\n")
	res := run(t, dir, []string{fakeEnv + "=1"}, fakeBin(t), "./broken")
	if n := strings.Count(res.stderr, "broken.go:3:13"); res.code != 1 || n != 1 || !strings.Contains(res.stderr, "\nbroken/broken.go:3:13: ") && !strings.HasPrefix(res.stderr, "broken/broken.go:3:13: ") {
		t.Errorf("exit %d, the error %d times, stderr:\n%s\nwant exit 1 and broken/broken.go:3:13 once", res.code, n, res.stderr)
	}
}
