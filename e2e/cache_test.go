package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGoVetRegionFromEnvironment runs go vet -fix -diff and go fix -diff
// twice in one module with a different $WHISPIR_REGION each time: the go
// command caches vet results keyed on the tool's -V=full answer, which
// carries the region, so the second run shows the second region.
func TestGoVetRegionFromEnvironment(t *testing.T) {
	skipShort(t)
	s := samples()[1] // mini
	for _, cmd := range [][]string{
		{"go", "vet", "-vettool=" + toolBin, "-fix", "-diff", "./..."},
		{"go", "fix", "-fixtool=" + toolBin, "-diff", "./..."},
	} {
		t.Run(cmd[1], func(t *testing.T) {
			dir := copySample(t, s)
			for _, r := range []string{"au", "nz"} {
				res := runCmd(t, dir, []string{"WHISPIR_REGION=" + r}, defaultTimeout, cmd[0], cmd[1:]...)
				other := map[string]string{"au": "nz", "nz": "au"}[r]
				if !strings.Contains(res.stdout, "+") || !strings.Contains(res.stdout, "api."+r+".whispir.com") || strings.Contains(res.stdout, "api."+other+".whispir.com") {
					t.Fatalf("WHISPIR_REGION=%s: want a diff to api.%s.whispir.com only, got:\n%s", r, r, res)
				}
			}
		})
	}
}

// TestGoVetBadRegionOnce: an unknown region, in $WHISPIR_REGION or as a
// flag, makes go vet fail with the error once, not once per package.
func TestGoVetBadRegionOnce(t *testing.T) {
	skipShort(t)
	dir := copySample(t, samples()[0])
	for _, tc := range []struct {
		env  []string
		args []string
	}{
		{[]string{"WHISPIR_REGION=mars"}, []string{"vet", "-vettool=" + toolBin, "./..."}},
		{nil, []string{"vet", "-vettool=" + toolBin, "-region=mars", "./..."}},
		{nil, []string{"vet", "-vettool=" + toolBin, "-region=mars", "./..."}}, // again: nothing cached hides it
		{nil, []string{"fix", "-fixtool=" + toolBin, "-region=mars", "-diff", "./..."}},
	} {
		res := runCmd(t, dir, tc.env, defaultTimeout, "go", tc.args...)
		// No "pkg: whispirlint: exit status 1" lines, and no noise of the
		// go command's after a failed -V=full ("error obtaining buildID").
		noise := strings.Contains(res.stderr, "exit status") || strings.Contains(res.stderr, "buildID") || strings.Contains(res.stderr, "unlinkat")
		if n := strings.Count(res.stderr, `unknown Whispir region "mars"`); res.code == 0 || n != 1 || noise {
			t.Errorf("want a non-zero exit and the error once, alone, got it %d times:\n%s", n, res)
		}
	}
}

// TestGoVetAutoRegion: -region=auto reads the module's files, which only a
// standalone run has: go vet says so, once, instead of "unknown region".
func TestGoVetAutoRegion(t *testing.T) {
	skipShort(t)
	dir := copySample(t, samples()[0])
	res := runCmd(t, dir, nil, defaultTimeout, "go", "vet", "-vettool="+toolBin, "-region=auto", "./...")
	const want = "whispirlint: -region=auto works in standalone runs only"
	if n := strings.Count(res.stderr, want); res.code == 0 || n != 1 || strings.Contains(res.stderr, "unknown Whispir region") {
		t.Errorf("want a non-zero exit and %q once, got it %d times:\n%s", want, n, res)
	}
}

// TestDiffGitApply: git apply accepts the -fix -diff output of each sample
// and gives the tree of -fix.
func TestDiffGitApply(t *testing.T) {
	skipShort(t)
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	forEachSample(t, func(t *testing.T, s sample) {
		dir := copySample(t, s)
		res := runCmd(t, dir, nil, defaultTimeout, toolBin, "-region="+region, "-fix", "-diff", "./...")
		if !strings.Contains(res.stdout, "\n+++ b/") {
			t.Fatalf("no diff:\n%s", res)
		}
		patch := filepath.Join(t.TempDir(), "fix.patch")
		if err := os.WriteFile(patch, []byte(res.stdout), 0o666); err != nil {
			t.Fatal(err)
		}
		mustRun(t, dir, nil, "git", "apply", "--verbose", patch)
		requireSameTree(t, standaloneFixed(t, s), dir, "git apply of -fix -diff")
	})
}

// TestGoVetContextLinesAreTheGoCommands documents a limit (docs/credentials.md):
// under go vet, -c N source lines are printed by the go command itself,
// from the source, so whispirlint cannot mask them; what whispirlint
// prints under go vet (its findings, -fix -diff) is masked.
func TestGoVetContextLinesAreTheGoCommands(t *testing.T) {
	skipShort(t)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "go.mod"), "module example.com/leak\n\ngo 1.26\n")
	writeFile(t, filepath.Join(dir, "client.go"), `package leak

import "net/http"

func Send(c *http.Client) error {
	req, err := http.NewRequest("GET", "https://api.au.whispir.com/messages", nil)
	if err != nil {
		return err
	}
	req.SetBasicAuth("whispiruser", "S3cr3t-Passw0rd")
	_, err = c.Do(req)
	return err
}
`)
	const password = "S3cr3t-Passw0rd"
	res := runCmd(t, dir, nil, defaultTimeout, "go", "vet", "-vettool="+toolBin, "-c", "1", "./...")
	if !strings.Contains(res.stderr, "WL11") || !strings.Contains(res.stderr, password) {
		t.Errorf("go vet -c 1: want the WL11 finding and, from the go command, the source line with the password:\n%s", res)
	}
	res = runCmd(t, dir, nil, defaultTimeout, "go", "vet", "-vettool="+toolBin, "./...")
	if !strings.Contains(res.stderr, "WL11") || strings.Contains(res.output(), password) {
		t.Errorf("go vet: want the WL11 finding without the password:\n%s", res)
	}
	res = runCmd(t, dir, nil, defaultTimeout, "go", "vet", "-vettool="+toolBin, "-secrets=env", "-fix", "-diff", "./...")
	if !strings.Contains(res.stdout, "SetBasicAuth") || strings.Contains(res.output(), password) {
		t.Errorf("go vet -fix -diff: want a masked diff:\n%s", res)
	}
}

// TestGoVetSelectionAndSuppression: -rules/-disable and the suppression
// directives work under go vet as standalone (they are the analyzer's).
func TestGoVetSelectionAndSuppression(t *testing.T) {
	skipShort(t)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "go.mod"), "module example.com/sel\n\ngo 1.26\n")
	writeFile(t, filepath.Join(dir, "sel.go"), `package sel

const base = "https://api.whispir.com" // a WL01 finding

const fixture = "https://api.whispir.com/recorded" //whispirlint:ignore WL01 a recorded fixture
`)
	vet := func(args ...string) result {
		return runCmd(t, dir, nil, defaultTimeout, "go", append([]string{"vet", "-vettool=" + toolBin}, append(args, "./...")...)...)
	}
	if r := vet(); r.code == 0 || strings.Count(r.stderr, "WL01") != 1 || !strings.Contains(r.stderr, "sel.go:3:") {
		t.Errorf("go vet: want the one unsuppressed WL01 at sel.go:3:\n%s", r)
	}
	if r := vet("-disable=WL01"); r.code != 0 || strings.Contains(r.stderr, "WL") {
		t.Errorf("go vet -disable=WL01: want nothing:\n%s", r)
	}
	if r := vet("-rules=WL02"); r.code != 0 || strings.Contains(r.stderr, "WL") {
		t.Errorf("go vet -rules=WL02: want nothing:\n%s", r)
	}
}
