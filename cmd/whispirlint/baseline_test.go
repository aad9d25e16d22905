package main

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestNewFromRev: -new-from-rev reports only the findings on lines changed
// since a revision (committed, staged, unstaged) and in untracked files;
// -fix fixes only those; a revision git does not know is a flag error.
func TestNewFromRev(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	dir := copyFixture(t, "legacy")
	gitIn := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"}, args...)...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	gitIn("init", "-q")
	gitIn("add", "-A")
	gitIn("commit", "-q", "-m", "legacy")
	gitIn("tag", "base")
	// A committed change, an unstaged one, and an untracked file.
	writeFile(t, dir, "more.go", "package legacy\n\nconst committed = \"https://api.whispir.com/a\"\n")
	gitIn("add", "more.go")
	gitIn("commit", "-q", "-m", "more")
	writeFile(t, dir, "unicode.go", readFile(t, dir, "unicode.go")+"\nconst unstaged = \"https://api.whispir.com/b\"\n")
	writeFile(t, dir, "new.go", "package legacy\n\nconst untracked = \"https://api.whispir.com/c\"\n")

	env := []string{fakeEnv + "=1"}
	res := run(t, dir, env, fakeBin(t), "-new-from-rev=base", "./...")
	for _, want := range []string{"more.go:3:19: legacy", "unicode.go:7:18: legacy", "new.go:3:19: legacy", "whispirlint: 3 findings in 1 package\n"} {
		if !strings.Contains(res.stderr, want) {
			t.Errorf("-new-from-rev=base: no %q in:\n%s", want, res.stderr)
		}
	}
	if strings.Contains(res.stderr, "legacy.go:") || strings.Contains(res.stderr, "unicode.go:5:") || res.code != 3 {
		t.Errorf("-new-from-rev=base: exit %d, findings on lines not changed:\n%s", res.code, res.stderr)
	}
	res = run(t, dir, env, fakeBin(t), "-new-from-rev=HEAD", "./...")
	if strings.Contains(res.stderr, "more.go") || !strings.Contains(res.stderr, "new.go:3:19") {
		t.Errorf("-new-from-rev=HEAD: want the unstaged and untracked findings only:\n%s", res.stderr)
	}
	res = run(t, dir, env, fakeBin(t), "-new-from-rev=nosuch", "./...")
	if res.code != 1 || !strings.Contains(res.stderr, `-new-from-rev nosuch: no commit "nosuch" in the repository`) {
		t.Errorf("-new-from-rev=nosuch: exit %d, stderr:\n%s", res.code, res.stderr)
	}

	res = run(t, dir, env, fakeBin(t), "-new-from-rev=HEAD", "-fix", "./...")
	if got := readFile(t, dir, "legacy.go"); strings.Contains(got, "api.au.whispir.com") {
		t.Errorf("-fix -new-from-rev=HEAD fixed an old line of legacy.go:\n%s", got)
	}
	if got := readFile(t, dir, "new.go"); !strings.Contains(got, "api.au.whispir.com") {
		t.Errorf("-fix -new-from-rev=HEAD did not fix the new file:\n%s\n%s", got, res.stderr)
	}
}

func TestParseChangedLines(t *testing.T) {
	diff := "diff --git a/a.go b/a.go\n--- a/a.go\n+++ b/a.go\n@@ -3 +3 @@\n-x\n+y\n@@ -10,2 +10,0 @@\n-gone\n-gone\n@@ -20,0 +19,3 @@\n+n\n+n\n+n\n" +
		"diff --git a/old.go b/old.go\n--- a/old.go\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n" +
		"--- a/s p.go\n+++ \"b/s\\tp.go\"\n@@ -1 +1,2 @@\n+z\n"
	got, err := parseChangedLines("/r", diff)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]span{"/r/a.go": {{3, 3}, {19, 21}}, "/r/s\tp.go": {{1, 2}}}
	if len(got) != len(want) {
		t.Errorf("got %v, want %v", got, want)
	}
	for name, spans := range want {
		if !slices.Equal(got[name], spans) {
			t.Errorf("%q: got %v, want %v", name, got[name], spans)
		}
	}
	if _, err := parseChangedLines("/r", "+++ b/a.go\n@@ nonsense\n"); err == nil {
		t.Errorf("a bad hunk header: no error")
	}
}
