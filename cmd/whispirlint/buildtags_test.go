package main

import (
	"strings"
	"testing"
)

// TestBuildTags: one run sees one build configuration, as go build and go
// vet do: a file behind a build constraint is analyzed when -tags or
// $GOFLAGS satisfies it, and only then.
func TestBuildTags(t *testing.T) {
	dir := copyFixture(t, "legacy")
	writeFile(t, dir, "tagged/tagged.go", "package tagged\n")
	writeFile(t, dir, "tagged/integration.go", "//go:build integration\n\npackage tagged\n\nconst host = \"https://api.whispir.com\"\n")
	const finding = "tagged/integration.go:5:14: legacy Whispir host"
	for _, tc := range []struct {
		env  []string
		args []string
		code int
	}{
		{nil, []string{"./tagged"}, 0},
		{nil, []string{"-tags=integration", "./tagged"}, 3},
		{nil, []string{"-tags", "other,integration", "./tagged"}, 3},
		{[]string{"GOFLAGS=-tags=integration"}, []string{"./tagged"}, 3},
		{nil, []string{"-tags=other", "./tagged"}, 0},
	} {
		res := run(t, dir, append(tc.env, fakeEnv+"=1"), fakeBin(t), tc.args...)
		if res.code != tc.code || (tc.code == 3) != strings.Contains(res.stderr, finding) {
			t.Errorf("%v whispirlint %v: exit %d, want %d (with the finding in integration.go: %v); stderr:\n%s",
				tc.env, tc.args, res.code, tc.code, tc.code == 3, res.stderr)
		}
	}
}
