package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestChangeDir(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, tc := range []struct {
		args, rest []string
		wantDir    string // "" for unchanged
		err        string
	}{
		{args: []string{"-region=au", "./..."}, rest: []string{"-region=au", "./..."}},
		{args: []string{"-C", dir, "-fix", "./..."}, rest: []string{"-fix", "./..."}, wantDir: dir},
		{args: []string{"-C=" + dir, "./..."}, rest: []string{"./..."}, wantDir: dir},
		{args: []string{"--C", dir}, rest: []string{}, wantDir: dir},
		{args: []string{"-C"}, err: "flag needs an argument: -C"},
		{args: []string{"-C", filepath.Join(dir, "missing"), "./..."}, err: "-C: chdir "},
		// Like the go command, -C counts only as the first argument.
		{args: []string{"-fix", "-C", dir}, rest: []string{"-fix", "-C", dir}},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			t.Chdir(wd) // restores the directory afterwards
			rest, err := changeDir(tc.args)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("changeDir(%q) error = %v, want %q", tc.args, err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(rest, tc.rest) {
				t.Errorf("changeDir(%q) = %q, want %q", tc.args, rest, tc.rest)
			}
			got, _ := os.Getwd()
			want := tc.wantDir
			if want == "" {
				want = wd
			}
			if got, _ = filepath.EvalSymlinks(got); got != mustEval(t, want) {
				t.Errorf("working directory %s, want %s", got, want)
			}
		})
	}
}

func mustEval(t *testing.T, path string) string {
	t.Helper()
	p, err := filepath.EvalSymlinks(path)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
