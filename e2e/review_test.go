package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestReviewCases runs the reproducers of an adversarial review of the
// flow model (e2e/testdata/review/<case>): each folder is a small module
// with the legacy code, a run-time oracle (runtime_test.go, a recording
// RoundTripper) and check.sh, which exits 0 only when whispirlint -fix
// leaves every request right at run time, or the site as it was and
// reported. CMD.txt in each folder says what went wrong before the fix.
func TestReviewCases(t *testing.T) {
	skipShort(t)
	dirs, err := filepath.Glob(filepath.Join(repoRoot, "e2e", "testdata", "review", "*", "check.sh"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no review cases: %v", err)
	}
	for _, script := range dirs {
		dir := filepath.Dir(script)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			work := filepath.Join(t.TempDir(), filepath.Base(dir))
			if err := copyTree(dir, work); err != nil {
				t.Fatal(err)
			}
			r := runCmd(t, work, []string{"WL=" + toolBin}, 3*time.Minute, "bash", "check.sh")
			if r.err != nil {
				why := strings.TrimSpace(r.output())
				if i := strings.LastIndexByte(why, '\n'); i >= 0 {
					why = why[i+1:]
				}
				cmd, _ := os.ReadFile(filepath.Join(dir, "CMD.txt"))
				t.Errorf("%s\n%s", why, cmd)
			}
		})
	}
}
