package e2e

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCRLF migrates Windows checkouts of the samples (every Go file with
// "\r\n" line endings, Git for Windows' default): each driver must give the
// tree of the standalone -fix on the LF sample, with "\r\n" kept on every
// line, the lines the fixes insert included.
func TestCRLF(t *testing.T) {
	forEachSample(t, func(t *testing.T, s sample) {
		want := crlfTree(t, sample{s.name, standaloneFixed(t, s)})

		t.Run("standalone", func(t *testing.T) {
			dir := crlfTree(t, s)
			fixRun(t, dir, nil, "-region="+region, "-fix", "./...")
			requireSameTree(t, want, dir, "-fix on CRLF files")
		})
		t.Run("diff", func(t *testing.T) {
			dir := crlfTree(t, s)
			r := runCmd(t, dir, nil, defaultTimeout, toolBin, "-region="+region, "-fix", "-diff", "./...")
			patch := filepath.Join(t.TempDir(), "fix.patch")
			writeFile(t, patch, r.stdout)
			mustRun(t, dir, nil, "git", "apply", "--verbose", patch)
			requireSameTree(t, want, dir, "git apply of -fix -diff on CRLF files")
		})
		t.Run("vet", func(t *testing.T) {
			dir := crlfTree(t, s)
			mustRun(t, dir, nil, "go", "vet", "-vettool="+toolBin, "-region="+region, "-fix", "./...")
			requireSameTree(t, want, dir, "go vet -fix on CRLF files")
		})
		t.Run("golangci", func(t *testing.T) {
			gcl := golangciLint(t)
			dir := crlfTree(t, s)
			cfg := writeGolangciConfig(t, "region: "+region)
			r := runCmd(t, dir, golangciEnv(t), defaultTimeout, gcl, "run", "--config="+cfg, "--fix", "./...")
			if r.code != 0 && r.code != 1 {
				t.Fatalf("golangci-lint run --fix failed:\n%s", r)
			}
			// golangci-lint formats the files it fixes with gofmt, which
			// writes "\n": the migration is the same, the line endings are
			// golangci-lint's.
			lfTree(t, dir)
			requireSameTree(t, standaloneFixed(t, s), dir, "golangci-lint run --fix on CRLF files")
		})
	})
}

// crlfTree copies s into a fresh directory with every Go file's line
// endings made "\r\n", and returns it.
func crlfTree(t *testing.T, s sample) string {
	t.Helper()
	dir := copySample(t, s)
	setLineEndings(t, dir, "\r\n")
	return dir
}

// lfTree makes the line endings of every Go file under dir "\n".
func lfTree(t *testing.T, dir string) { t.Helper(); setLineEndings(t, dir, "\n") }

func setLineEndings(t *testing.T, dir, eol string) {
	t.Helper()
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		data = bytes.ReplaceAll(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n")), []byte("\n"), []byte(eol))
		return os.WriteFile(path, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
