package e2e

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// The harness drives the built tools the way users do: every run works on
// a fresh copy of a sample module in a temporary directory.

var (
	repoRoot string // the whispirlint module
	workDir  string // temporary directory shared by the tests of one run
	toolBin  string // whispirlint, built by TestMain
	gofmtBin string // the gofmt of the go command's GOROOT
)

// A sample is a legacy module to migrate.
type sample struct {
	name string
	dir  string // absolute
}

// samples lists the sample modules; those not yet written are skipped.
func samples() []sample {
	return []sample{
		{"legacymod", filepath.Join(repoRoot, "testdata", "legacymod")},
		{"mini", filepath.Join(repoRoot, "e2e", "testdata", "mini")},
	}
}

// The region every test migrates to.
const region = "au"

func TestMain(m *testing.M) {
	flag.Parse()
	if testing.Short() {
		os.Exit(m.Run()) // every test skips itself
	}
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	repoRoot = filepath.Dir(wd)
	workDir, err = os.MkdirTemp("", "whispirlint-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(workDir)

	goroot := execCmd(repoRoot, nil, time.Minute, "go", "env", "GOROOT")
	if goroot.err != nil {
		fmt.Fprintf(os.Stderr, "go env GOROOT: %v\n%s", goroot.err, goroot.output())
		return 1
	}
	gofmtBin = filepath.Join(strings.TrimSpace(goroot.stdout), "bin", "gofmt")

	toolBin = filepath.Join(workDir, "bin", "whispirlint")
	start := time.Now()
	r := execCmd(repoRoot, nil, 5*time.Minute, "go", "build", "-o", toolBin, "./cmd/whispirlint")
	if r.err != nil {
		fmt.Fprintf(os.Stderr, "building whispirlint: %v\n%s", r.err, r.output())
		return 1
	}
	fmt.Fprintf(os.Stderr, "e2e: built whispirlint in %v\n", time.Since(start).Round(time.Millisecond))
	return m.Run()
}

// forEachSample runs f in a subtest for each sample module that exists.
func forEachSample(t *testing.T, f func(t *testing.T, s sample)) {
	t.Helper()
	skipShort(t)
	for _, s := range samples() {
		t.Run(s.name, func(t *testing.T) {
			if _, err := os.Stat(filepath.Join(s.dir, "go.mod")); err != nil {
				t.Skipf("sample module %s not present: %v", s.name, err)
			}
			f(t, s)
		})
	}
}

// copySample copies s into a fresh temporary directory and returns it.
func copySample(t *testing.T, s sample) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), s.name)
	if err := copyTree(s.dir, dst); err != nil {
		t.Fatal(err)
	}
	return dst
}

// copyTree copies the regular files and directories under src to dst.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		switch {
		case d.IsDir():
			return os.MkdirAll(target, 0o755)
		case d.Type().IsRegular():
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			return os.WriteFile(target, data, 0o644)
		}
		return fmt.Errorf("copyTree: %s is neither a file nor a directory", path)
	})
}

// treeDigest maps each file under dir, by slash-separated relative path,
// to the SHA-256 of its content.
func treeDigest(t *testing.T, dir string) map[string]string {
	t.Helper()
	digest := make(map[string]string)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		sum := sha256.Sum256(data)
		digest[filepath.ToSlash(rel)] = hex.EncodeToString(sum[:])
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return digest
}

// treeDiff describes how the trees under a and b differ, file by file,
// with a unified diff of each changed file; "" when they are equal.
func treeDiff(t *testing.T, a, b string) string {
	t.Helper()
	da, db := treeDigest(t, a), treeDigest(t, b)
	var report strings.Builder
	for _, name := range slices.Sorted(maps.Keys(mergeKeys(da, db))) {
		switch ha, hb := da[name], db[name]; {
		case hb == "":
			fmt.Fprintf(&report, "only in %s: %s\n", a, name)
		case ha == "":
			fmt.Fprintf(&report, "only in %s: %s\n", b, name)
		case ha != hb:
			fmt.Fprintf(&report, "differs: %s\n%s", name, fileDiff(filepath.Join(a, name), filepath.Join(b, name)))
		}
	}
	return report.String()
}

func mergeKeys(a, b map[string]string) map[string]bool {
	keys := make(map[string]bool)
	for k := range a {
		keys[k] = true
	}
	for k := range b {
		keys[k] = true
	}
	return keys
}

// fileDiff is diff -u of two files, or a note when diff is not installed.
func fileDiff(a, b string) string {
	r := execCmd("", nil, time.Minute, "diff", "-u", a, b)
	if errors.Is(r.err, exec.ErrNotFound) {
		return "(diff not installed)\n"
	}
	return r.stdout
}

// requireSameTree fails the test when the trees under want and got differ.
func requireSameTree(t *testing.T, want, got, what string) {
	t.Helper()
	if d := treeDiff(t, want, got); d != "" {
		t.Fatalf("%s: tree differs from the standalone -fix result:\n%s", what, d)
	}
}

// A result is the outcome of one command.
type result struct {
	cmd            string
	stdout, stderr string
	code           int   // exit code, -1 when the command did not run to its end
	err            error // nil when the command exited 0
}

func (r result) output() string { return r.stdout + r.stderr }

func (r result) String() string {
	return fmt.Sprintf("$ %s\nexit %d\n--- stdout\n%s--- stderr\n%s", r.cmd, r.code, r.stdout, r.stderr)
}

// runCmd runs a command in dir with the test environment plus env, and
// returns its outcome whatever the exit code.
func runCmd(t *testing.T, dir string, env []string, timeout time.Duration, name string, args ...string) result {
	t.Helper()
	start := time.Now()
	r := execCmd(dir, env, timeout, name, args...)
	t.Logf("%s (%v, exit %d)", r.cmd, time.Since(start).Round(time.Millisecond), r.code)
	if r.code == -1 {
		t.Fatalf("%v\n%s", r.err, r)
	}
	return r
}

const defaultTimeout = 5 * time.Minute

// ruleID matches a whispirlint rule ID, which starts every message.
var ruleID = regexp.MustCompile(`\bWL\d\d\b`)

// requireFindings fails the test unless r reports whispirlint findings:
// a non-zero exit and rule IDs in the output.
func requireFindings(t *testing.T, r result) {
	t.Helper()
	if r.code == 0 || !ruleID.MatchString(r.output()) {
		t.Fatalf("want findings (rule IDs, non-zero exit), got:\n%s", r)
	}
}

// fixRun runs whispirlint -fix (args include -fix): it must exit 0, or 3
// when findings are left for a change by hand.
func fixRun(t *testing.T, dir string, env []string, args ...string) result {
	t.Helper()
	r := runCmd(t, dir, env, defaultTimeout, toolBin, args...)
	if r.code != 0 && r.code != 3 {
		t.Fatalf("%v\n%s", r.err, r)
	}
	return r
}

// mustRun is runCmd for a command that must succeed.
func mustRun(t *testing.T, dir string, env []string, name string, args ...string) result {
	t.Helper()
	r := runCmd(t, dir, env, defaultTimeout, name, args...)
	if r.err != nil {
		t.Fatalf("%v\n%s", r.err, r)
	}
	return r
}

func execCmd(dir string, env []string, timeout time.Duration, name string, args ...string) result {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = append(baseEnv(), env...)
	cmd.WaitDelay = 10 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := result{
		cmd:    strings.Join(slices.Concat(env, []string{filepath.Base(name)}, args), " "),
		stdout: stdout.String(),
		stderr: stderr.String(),
		code:   cmd.ProcessState.ExitCode(), // -1 when killed or not started
		err:    err,
	}
	if ctx.Err() != nil {
		r.err = fmt.Errorf("timed out after %v: %w", timeout, err)
	}
	return r
}

// baseEnv is the process environment made reproducible: no cgo, no
// workspace, no toolchain switch, and no region unless a test sets one.
var baseEnv = sync.OnceValue(func() []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "WHISPIR_REGION", "LEGACYMOD_EXPECT", "LEGACYMOD_REGION", "GOWORK", "GOTOOLCHAIN", "CGO_ENABLED":
			continue
		}
		env = append(env, kv)
	}
	return append(env, "CGO_ENABLED=0", "GOWORK=off", "GOTOOLCHAIN=local")
})

// hasDriveTest reports whether the module under dir has a test that checks
// its requests when LEGACYMOD_EXPECT is set.
func hasDriveTest(t *testing.T, dir string) bool {
	t.Helper()
	found := false
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, "_test.go") {
			return err
		}
		data, err := os.ReadFile(path)
		found = found || bytes.Contains(data, []byte("LEGACYMOD_EXPECT"))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

// checkMigrated checks that the module under dir builds, vets and is
// gofmt-clean, and that its drive test, if any, sees migrated requests.
func checkMigrated(t *testing.T, dir string) {
	t.Helper()
	mustRun(t, dir, nil, "go", "build", "./...")
	mustRun(t, dir, nil, "go", "vet", "./...")
	if r := mustRun(t, dir, nil, gofmtBin, "-l", "."); r.stdout != "" {
		t.Errorf("gofmt -l: files not formatted after the fix:\n%s%s", r.stdout, fileContents(dir, r.stdout))
	}
	if hasDriveTest(t, dir) {
		mustRun(t, dir, []string{"LEGACYMOD_EXPECT=migrated", "LEGACYMOD_REGION=" + region},
			"go", "test", "-count=1", "./...")
	}
	// The bundled samples are written so that every shortcut can become
	// statements: no immediately called function literal is left.
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		data, err := os.ReadFile(path)
		if bytes.Contains(data, []byte("func() (*http.Response, error) {")) {
			t.Errorf("%s: the fix wrapped a request in a function literal:\n%s", path, data)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func fileContents(dir, names string) string {
	var b strings.Builder
	for name := range strings.FieldsSeq(names) {
		data, _ := os.ReadFile(filepath.Join(dir, name))
		fmt.Fprintf(&b, "--- %s\n%s", name, data)
	}
	return b.String()
}

// standaloneFixed returns a directory holding s migrated by
// `whispirlint -region=au -fix ./...`, the reference the other drivers must
// match. It is made once per sample and must not be modified.
func standaloneFixed(t *testing.T, s sample) string {
	t.Helper()
	fixedMu.Lock()
	defer fixedMu.Unlock()
	if dir, ok := fixedDirs[s.name]; ok {
		return dir
	}
	dir := filepath.Join(workDir, "fixed", s.name)
	if err := copyTree(s.dir, dir); err != nil {
		t.Fatal(err)
	}
	fixRun(t, dir, nil, "-region="+region, "-fix", "./...")
	fixedDirs[s.name] = dir
	return dir
}

var (
	fixedMu   sync.Mutex
	fixedDirs = make(map[string]string)
)

// requireChanged fails the test when the fix left the sample unchanged.
func requireChanged(t *testing.T, s sample, dir string) {
	t.Helper()
	if treeDiff(t, s.dir, dir) == "" {
		t.Fatalf("the fix changed nothing in %s", s.name)
	}
}

// golangci-lint with the whispirlint module plugin, built the way users
// build it: a main package that blank-imports the plugin and calls
// commands.Execute, with the whispirlint module replaced by this checkout.

const golangciVersion = "v2.15.0"

const golangciMain = `// Command golangci-lint is golangci-lint ` + golangciVersion + ` with the whispirlint plugin.
package main

import (
	"fmt"
	"os"
	"runtime"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/whispirlint/whispirlint/gclplugin"
)

func main() {
	info := commands.BuildInfo{Version: "` + golangciVersion + `-whispirlint", GoVersion: runtime.Version(), Commit: "?", Date: "?"}
	if err := commands.Execute(info); err != nil {
		fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}
`

// golangciLint returns the path of the custom golangci-lint. It is built
// once per test run, unless a binary built from the same sources is cached
// under $GOCACHE/whispirlint-e2e.
func golangciLint(t *testing.T) string {
	t.Helper()
	skipShort(t)
	gcl.Lock()
	defer gcl.Unlock()
	if gcl.path == "" && gcl.err == nil {
		gcl.path, gcl.err = buildGolangciLint(t)
	}
	if gcl.err != nil {
		t.Fatal(gcl.err)
	}
	return gcl.path
}

var gcl struct {
	sync.Mutex
	path string
	err  error
}

func buildGolangciLint(t *testing.T) (string, error) {
	t.Helper()
	gocache := strings.TrimSpace(mustRun(t, repoRoot, nil, "go", "env", "GOCACHE").stdout)
	cacheDir := filepath.Join(gocache, "whispirlint-e2e")
	bin := filepath.Join(cacheDir, "golangci-lint-"+pluginSourceKey(t))
	if _, err := os.Stat(bin); err == nil {
		t.Logf("using cached %s", bin)
		return bin, nil
	}
	if err := os.MkdirAll(cacheDir, 0o755); err != nil {
		return "", err
	}
	src := t.TempDir()
	gomod := "module example.com/golangci-lint-whispirlint\n\ngo 1.26.0\n\n" +
		"require github.com/golangci/golangci-lint/v2 " + golangciVersion + "\n\n" +
		"replace github.com/whispirlint/whispirlint => " + repoRoot + "\n"
	writeFile(t, filepath.Join(src, "go.mod"), gomod)
	writeFile(t, filepath.Join(src, "main.go"), golangciMain)

	start := time.Now()
	for _, args := range [][]string{
		{"mod", "tidy"},
		{"build", "-o", bin + ".tmp", "."},
	} {
		if r := runCmd(t, src, nil, 30*time.Minute, "go", args...); r.err != nil {
			return "", fmt.Errorf("building golangci-lint: %v\n%s", r.err, r)
		}
	}
	if err := os.Rename(bin+".tmp", bin); err != nil {
		return "", err
	}
	t.Logf("built golangci-lint %s with the whispirlint plugin in %v", golangciVersion, time.Since(start).Round(time.Second))
	removeStale(cacheDir, bin)
	return bin, nil
}

// pluginSourceKey hashes what the custom golangci-lint is built from: the
// Go version, golangci-lint's version, and the module's go.mod, go.sum and
// non-test Go files outside e2e and testdata.
func pluginSourceKey(t *testing.T) string {
	t.Helper()
	h := sha256.New()
	fmt.Fprintf(h, "%s %s/%s golangci-lint %s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH, golangciVersion)
	err := filepath.WalkDir(repoRoot, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != repoRoot && (name == "testdata" || name == "e2e" || strings.HasPrefix(name, ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if name != "go.mod" && name != "go.sum" && (!strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go")) {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(repoRoot, path)
		fmt.Fprintf(h, "%s %d\n", filepath.ToSlash(rel), len(data))
		h.Write(data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// removeStale deletes binaries built from other sources a day ago or more:
// a newer one may belong to a test run of another checkout going on now.
func removeStale(cacheDir, keep string) {
	old, _ := filepath.Glob(filepath.Join(cacheDir, "golangci-lint-*"))
	for _, f := range old {
		if fi, err := os.Stat(f); err == nil && f != keep && time.Since(fi.ModTime()) > 24*time.Hour {
			os.Remove(f)
		}
	}
}

// writeGolangciConfig writes a .golangci.yml that enables only whispirlint
// with the given settings (YAML lines) and returns its path.
func writeGolangciConfig(t *testing.T, settings ...string) string {
	t.Helper()
	cfg := `version: "2"
linters:
  default: none
  enable:
    - whispirlint
  settings:
    custom:
      whispirlint:
        type: module
        description: migrate retired Whispir API calls
        settings:
`
	for _, s := range settings {
		cfg += "          " + s + "\n"
	}
	path := filepath.Join(t.TempDir(), ".golangci.yml")
	writeFile(t, path, cfg)
	return path
}

// golangciEnv gives each test its own golangci-lint cache, so results
// cached by an earlier build of the plugin cannot leak in.
func golangciEnv(t *testing.T) []string {
	return []string{"GOLANGCI_LINT_CACHE=" + t.TempDir()}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func skipShort(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("e2e test: builds and runs the tools")
	}
}
