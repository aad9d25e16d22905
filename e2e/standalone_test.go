package e2e

import (
	"maps"
	"strings"
	"testing"
)

// TestStandaloneFix migrates each sample with `whispirlint -region=au -fix`
// and checks that the result builds, vets, is formatted, is stable under a
// second -fix, and sends migrated requests.
func TestStandaloneFix(t *testing.T) {
	forEachSample(t, func(t *testing.T, s sample) {
		dir := copySample(t, s)
		fixRun(t, dir, nil, "-region="+region, "-fix", "./...")
		requireChanged(t, s, dir)

		once := treeDigest(t, dir)
		fixRun(t, dir, nil, "-region="+region, "-fix", "./...")
		if twice := treeDigest(t, dir); !maps.Equal(once, twice) {
			t.Errorf("a second -fix changed the migrated tree:\n%s", treeDiff(t, standaloneFixed(t, s), dir))
		}
		checkMigrated(t, dir)
	})
}

// TestStandaloneReport checks that without -fix the legacy code is reported
// with rule IDs and a non-zero exit, and nothing is changed.
func TestStandaloneReport(t *testing.T) {
	forEachSample(t, func(t *testing.T, s sample) {
		dir := copySample(t, s)
		r := runCmd(t, dir, nil, defaultTimeout, toolBin, "-region="+region, "./...")
		requireFindings(t, r)
		if d := treeDiff(t, s.dir, dir); d != "" {
			t.Errorf("reporting changed files:\n%s", d)
		}
	})
}

// TestSampleDriveTest checks that each sample's drive test tells the two
// forms apart: on the unmigrated sample, legacy passes and migrated fails.
func TestSampleDriveTest(t *testing.T) {
	forEachSample(t, func(t *testing.T, s sample) {
		if !hasDriveTest(t, s.dir) {
			t.Skip("no drive test")
		}
		dir := copySample(t, s)
		mustRun(t, dir, []string{"LEGACYMOD_EXPECT=legacy", "LEGACYMOD_REGION=" + region}, "go", "test", "-count=1", "./...")
		r := runCmd(t, dir, []string{"LEGACYMOD_EXPECT=migrated", "LEGACYMOD_REGION=" + region},
			defaultTimeout, "go", "test", "-count=1", "./...")
		if r.code == 0 {
			t.Errorf("the drive test accepts the unmigrated sample as migrated:\n%s", r)
		}
	})
}

// TestQuickStart runs the README's first quick-start command from the
// repository root: a dry run on the bundled legacy module, through -C. It
// must print the migration as a diff and change no file.
func TestQuickStart(t *testing.T) {
	skipShort(t)
	s := samples()[0]
	dir := copySample(t, s)
	r := runCmd(t, t.TempDir(), nil, defaultTimeout, toolBin, "-C", dir, "-region="+region, "-fix", "-diff", "./...")
	if r.code != 3 { // 3: the diff is not empty
		t.Fatalf("the dry run failed:\n%s", r)
	}
	for _, want := range []string{"-\t", "+\t", "https://api." + region + ".whispir.com", `req.Header.Set("x-api-key", `} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("the diff has no %q:\n%s", want, r.stdout)
		}
	}
	if d := treeDiff(t, s.dir, dir); d != "" {
		t.Errorf("the dry run changed files:\n%s", d)
	}
}
