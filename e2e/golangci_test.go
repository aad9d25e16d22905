package e2e

import (
	"strings"
	"testing"
)

// TestGolangciLint runs whispirlint as a golangci-lint v2 module plugin:
// `run` reports, `run --fix` migrates like the standalone -fix.
func TestGolangciLint(t *testing.T) {
	gcl := golangciLint(t)
	cfg := writeGolangciConfig(t, "region: "+region)

	forEachSample(t, func(t *testing.T, s sample) {
		dir := copySample(t, s)
		r := runCmd(t, dir, golangciEnv(t), defaultTimeout, gcl, "run", "--config="+cfg, "./...")
		requireFindings(t, r)
		if !strings.Contains(r.stdout, "(whispirlint)") {
			t.Errorf("golangci-lint output does not name the whispirlint linter:\n%s", r)
		}

		r = runCmd(t, dir, golangciEnv(t), defaultTimeout, gcl, "run", "--config="+cfg, "--fix", "./...")
		if r.code != 0 && r.code != 1 { // 1: findings without a fix remain
			t.Fatalf("golangci-lint run --fix failed:\n%s", r)
		}
		requireChanged(t, s, dir)
		checkMigrated(t, dir)
		requireSameTree(t, standaloneFixed(t, s), dir, "golangci-lint run --fix")
	})
}

// TestGolangciLintBadSettings checks that a wrong region or an unknown
// setting stops golangci-lint with an error that says what is wrong.
func TestGolangciLintBadSettings(t *testing.T) {
	gcl := golangciLint(t)
	for _, tc := range []struct{ setting, want string }{
		{"region: xx", `unknown Whispir region "xx"`},
		{"regoin: au", `unknown key "regoin"`},
	} {
		t.Run(tc.setting, func(t *testing.T) {
			dir := copySample(t, sample{"mini", repoRoot + "/e2e/testdata/mini"})
			cfg := writeGolangciConfig(t, tc.setting)
			r := runCmd(t, dir, golangciEnv(t), defaultTimeout, gcl, "run", "--config="+cfg, "./...")
			if r.code == 0 || !strings.Contains(r.output(), tc.want) {
				t.Fatalf("want a failure that says %s, got:\n%s", tc.want, r)
			}
		})
	}
}

// TestGolangciLintRegionFromSettings runs golangci-lint twice in one module
// with a different region setting: its cache keys on the settings, so
// run --fix with the second region writes the second region's host.
func TestGolangciLintRegionFromSettings(t *testing.T) {
	gcl := golangciLint(t)
	dir := copySample(t, sample{"mini", repoRoot + "/e2e/testdata/mini"})
	au := writeGolangciConfig(t, "region: au")
	nz := writeGolangciConfig(t, "region: nz")
	env := golangciEnv(t) // one cache for both runs
	requireFindings(t, runCmd(t, dir, env, defaultTimeout, gcl, "run", "--config="+au, "./..."))
	r := runCmd(t, dir, env, defaultTimeout, gcl, "run", "--config="+nz, "--fix", "./...")
	if r.code != 0 && r.code != 1 {
		t.Fatalf("golangci-lint run --fix failed:\n%s", r)
	}
	tree := fileContents(dir, "mini.go drive_test.go")
	if !strings.Contains(tree, "api.nz.whispir.com") || strings.Contains(tree, "api.au.whispir.com") {
		t.Errorf("run --fix with region nz after a run with region au:\n%s", tree)
	}
	r = runCmd(t, dir, append(env, "WHISPIR_REGION=nz"), defaultTimeout, gcl, "run", "--config="+writeGolangciConfig(t), "./...")
	if r.code == 0 || !strings.Contains(r.output(), "set settings.region") {
		t.Errorf("WHISPIR_REGION without a region setting: want the error that asks for the setting:\n%s", r)
	}
}
