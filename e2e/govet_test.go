package e2e

import (
	"regexp"
	"testing"
)

// TestGoVet runs whispirlint as `go vet -vettool`: its fixes must give the
// same tree as the standalone -fix, with the region given as a flag or in
// WHISPIR_REGION.
func TestGoVet(t *testing.T) {
	forEachSample(t, func(t *testing.T, s sample) {
		want := standaloneFixed(t, s)
		vettool := "-vettool=" + toolBin

		t.Run("fix", func(t *testing.T) {
			dir := copySample(t, s)
			mustRun(t, dir, nil, "go", "vet", vettool, "-region="+region, "-fix", "./...")
			requireSameTree(t, want, dir, "go vet -fix")
		})
		t.Run("fix-env", func(t *testing.T) {
			dir := copySample(t, s)
			mustRun(t, dir, []string{"WHISPIR_REGION=" + region}, "go", "vet", vettool, "-fix", "./...")
			requireSameTree(t, want, dir, "WHISPIR_REGION go vet -fix")
		})
		t.Run("report", func(t *testing.T) {
			dir := copySample(t, s)
			r := runCmd(t, dir, nil, defaultTimeout, "go", "vet", vettool, "-region="+region, "./...")
			requireFindings(t, r)
			requireSameTree(t, s.dir, dir, "go vet without -fix")
		})
		t.Run("diff", func(t *testing.T) {
			dir := copySample(t, s)
			r := runCmd(t, dir, nil, defaultTimeout, "go", "vet", vettool, "-region="+region, "-fix", "-diff", "./...")
			requireDiff(t, r)
			requireSameTree(t, s.dir, dir, "go vet -fix -diff")
		})
	})
}

// TestGoFix runs whispirlint as `go fix -fixtool`, which passes the
// analyzer's flags through like go vet and always applies fixes.
func TestGoFix(t *testing.T) {
	forEachSample(t, func(t *testing.T, s sample) {
		want := standaloneFixed(t, s)
		fixtool := "-fixtool=" + toolBin

		t.Run("fix", func(t *testing.T) {
			dir := copySample(t, s)
			mustRun(t, dir, nil, "go", "fix", fixtool, "-region="+region, "./...")
			requireSameTree(t, want, dir, "go fix")
		})
		t.Run("fix-env", func(t *testing.T) {
			dir := copySample(t, s)
			mustRun(t, dir, []string{"WHISPIR_REGION=" + region}, "go", "fix", fixtool, "./...")
			requireSameTree(t, want, dir, "WHISPIR_REGION go fix")
		})
		t.Run("diff", func(t *testing.T) {
			dir := copySample(t, s)
			r := runCmd(t, dir, nil, defaultTimeout, "go", "fix", fixtool, "-region="+region, "-diff", "./...")
			requireDiff(t, r)
			requireSameTree(t, s.dir, dir, "go fix -diff")
		})
	})
}

// requireDiff checks the documented -diff behaviour of go vet -fix and go
// fix: a unified diff of the migration on stdout and exit status 1.
func requireDiff(t *testing.T, r result) {
	t.Helper()
	hunk := regexp.MustCompile(`(?m)^@@ .* @@`)
	if r.code != 1 || !hunk.MatchString(r.stdout) {
		t.Fatalf("want a unified diff on stdout and exit 1, got:\n%s", r)
	}
	added := regexp.MustCompile(`(?m)^\+.*api\.` + region + `\.whispir\.com`)
	if !added.MatchString(r.stdout) {
		t.Errorf("the diff does not move to the %s host:\n%s", region, r.stdout)
	}
}
