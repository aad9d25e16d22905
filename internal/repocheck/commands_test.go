package repocheck

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// skipped are the documented commands this test does not run, with why.
// Each is still checked where it can be (check, when set).
var skipped = map[string]struct {
	why   string
	check func(t *testing.T, cmd string)
}{
	"go install github.com/whispirlint/whispirlint/cmd/whispirlint@v0.1.0": {
		why: "installs a published version from the module proxy; none is tagged yet (TestPinnedVersion checks the version)"},
	"golangci-lint custom": {
		why: "clones golangci-lint from github.com, which tests cannot reach; e2e/golangci_test.go builds the same binary by hand"},
	"mkdir custom-gcl && cd custom-gcl": {
		why: "the by-hand build of a custom golangci-lint needs whispirlint v0.1.0 from the module proxy (not published yet); e2e/golangci_test.go builds the same main.go against this checkout"},
	"go mod init example.com/custom-gcl": {why: "see mkdir custom-gcl"},
	"go get github.com/golangci/golangci-lint/v2@v2.15.0 github.com/whispirlint/whispirlint@v0.1.0": {why: "see mkdir custom-gcl"},
	"go mod tidy":                            {why: "see mkdir custom-gcl"},
	"CGO_ENABLED=0 go build -o custom-gcl .": {why: "see mkdir custom-gcl"},
	"./bin/custom-gcl run ./...":             {why: "needs the custom golangci-lint above; e2e/golangci_test.go runs the same commands"},
	"./bin/custom-gcl run --fix ./...":       {why: "needs the custom golangci-lint above; e2e/golangci_test.go runs the same commands"},
	"bash .ci/run": {
		why:   "is CI: it runs the whole test suite, this test included",
		check: checkScript,
	},
}

// scriptCommand is a run of one of the developer scripts, with its
// environment: long runs (tens of minutes, modules downloaded from the
// proxy) that skip themselves under CI=true. The script must exist, be
// executable and parse.
var scriptCommand = regexp.MustCompile(`^(?:[A-Z_]+=\S+ )*(scripts/[a-z-]+\.sh)\b`)

// checkScript checks that the script a command runs exists, is executable
// and parses (bash -n).
func checkScript(t *testing.T, cmd string) {
	t.Helper()
	path := strings.TrimPrefix(cmd, "bash ")
	if m := scriptCommand.FindStringSubmatch(cmd); m != nil {
		path = m[1]
	}
	path, _, _ = strings.Cut(path, " ")
	info, err := os.Stat(filepath.Join(root, path))
	if err != nil {
		t.Errorf("%s: %v", cmd, err)
		return
	}
	if info.Mode()&0o111 == 0 {
		t.Errorf("%s: %s is not executable", cmd, path)
	}
	if out, err := exec.Command("bash", "-n", filepath.Join(root, path)).CombinedOutput(); err != nil {
		t.Errorf("%s: bash -n %s: %v\n%s", cmd, path, err, out)
	}
}

// TestDocCommands runs every command of the sh blocks of README.md,
// CONTRIBUTING.md and docs/ the way a reader would: whispirlint installed
// with the README's go install, commands that name this repository's
// files (./cmd/whispirlint, testdata/, ./analyzer, ...) at the repository
// root, the others in "your module": a git repository holding a copy of
// testdata/legacymod, fresh for each block. Each command must end as the
// docs say (see judge). go test commands run with -n (the go command
// parses the flags and resolves the packages, and runs nothing: the suite
// would run itself); developer scripts and the commands in skipped are
// checked without running.
func TestDocCommands(t *testing.T) {
	if testing.Short() {
		t.Skip("builds whispirlint and runs the documented commands")
	}
	absRoot, err := filepath.Abs(root)
	if err != nil {
		t.Fatal(err)
	}
	bin := t.TempDir()
	env := append(os.Environ(), "GOBIN="+bin, "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"), "WHISPIR_REGION=")
	// The README's install line puts whispirlint on the PATH for the rest.
	if r := runShell(absRoot, env, "go install ./cmd/whispirlint"); r.err != nil {
		t.Fatalf("go install ./cmd/whispirlint: %v\n%s", r.err, r.stderr)
	}

	ran, skips := 0, 0
	for _, file := range docFiles(t) {
		for _, b := range codeBlocks(file, readRoot(t, file)) {
			if b.lang != "sh" {
				continue
			}
			t.Run(b.String(), func(t *testing.T) {
				var module string // "your module", made on first use
				for _, cmd := range commands(b.text) {
					if s, ok := skipped[cmd]; ok {
						t.Logf("not run: %s: %s", cmd, s.why)
						if s.check != nil {
							s.check(t, cmd)
						}
						skips++
						continue
					}
					if scriptCommand.MatchString(cmd) {
						t.Logf("not run: %s: a long developer script (it skips itself under CI=true); checked that it exists and parses", cmd)
						checkScript(t, cmd)
						skips++
						continue
					}
					dir := absRoot
					if !namesRepo(cmd) {
						if module == "" {
							module = userModule(t, absRoot)
						}
						dir = module
					}
					run := cmd
					if goTest.MatchString(cmd) {
						run = goTest.ReplaceAllString(cmd, "${1}go test -n ")
					}
					before := treeDigest(t, filepath.Join(absRoot, "testdata"))
					r := runShell(dir, env, run)
					t.Logf("ran: %s (exit %d)", run, r.code())
					if err := judge(cmd, r); err != nil {
						t.Errorf("%s (in %s): %v\nstdout:\n%s\nstderr:\n%s", run, dir, err, tail(r.stdout), tail(r.stderr))
					}
					if dir == absRoot && treeDigest(t, filepath.Join(absRoot, "testdata")) != before {
						t.Errorf("%s changed files under testdata/", cmd)
					}
					ran++
				}
			})
		}
	}
	t.Logf("%d commands run, %d checked without running", ran, skips)
	if ran < 20 {
		t.Errorf("only %d documented commands ran: the sh blocks were not found", ran)
	}
}

var goTest = regexp.MustCompile(`^((?:[A-Z_]+=\S+ )*)go test `)

// namesRepo reports whether a command works on this repository rather
// than on the reader's module.
func namesRepo(cmd string) bool {
	for _, s := range []string{"./cmd/whispirlint", "testdata/", ".ci/", "./analyzer", "./fixer", "./configscan", "./internal/"} {
		if strings.Contains(cmd, s) {
			return true
		}
	}
	return goTest.MatchString(cmd)
}

// judge says whether a command ended as documented.
//   - whispirlint: 0, or 3 with findings; never 1 (an error) or 2.
//   - go run ./cmd/whispirlint: the same, through go run (exit status 3 is
//     reported as "exit status 3" and exit 1).
//   - go vet -vettool, go fix -fixtool: 0, or 1 with findings or a diff.
//   - anything else (go build, go vet, go test -n, go install, git): 0.
func judge(cmd string, r shellResult) error {
	code := r.code()
	words := strings.Fields(cmd)
	for len(words) > 0 && strings.Contains(words[0], "=") {
		words = words[1:] // NAME=value
	}
	for _, bad := range []string{"flag provided but not defined", "invalid value", "unknown flag", "no such file", "cannot find", "not found"} {
		if strings.Contains(r.stderr, bad) {
			return fmt.Errorf("exit %d, stderr says %q", code, bad)
		}
	}
	findings := strings.Contains(r.stderr, ": WL") || strings.Contains(r.stdout, ": WL") || strings.Contains(r.stdout, "\n+++ ") || strings.HasPrefix(r.stdout, "--- ")
	switch {
	case r.err != nil && code < 0:
		return r.err
	case words[0] == "whispirlint":
		if code == 0 || code == 3 && findings {
			return nil
		}
	case words[0] == "go" && words[1] == "run":
		if code == 0 || code == 1 && strings.HasSuffix(strings.TrimSpace(r.stderr), "exit status 3") && findings {
			return nil
		}
	case words[0] == "go" && (strings.Contains(cmd, "-vettool=") || strings.Contains(cmd, "-fixtool=")):
		if code == 0 || code == 1 && findings {
			return nil
		}
	default:
		if code == 0 {
			return nil
		}
	}
	return fmt.Errorf("exit %d (findings: %v)", code, findings)
}

// commands returns the commands of an sh block: comments and blank lines
// dropped, continuation lines joined, a trailing "  # comment" cut.
func commands(text string) []string {
	var cmds []string
	text = strings.ReplaceAll(text, "\\\n", " ")
	for _, line := range strings.Split(text, "\n") {
		line = cutComment(line)
		line = strings.Join(strings.Fields(line), " ")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cmds = append(cmds, line)
	}
	return cmds
}

// cutComment drops a comment that starts after a blank outside quotes.
func cutComment(line string) string {
	var quote rune
	for i, r := range line {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			}
		case r == '\'' || r == '"':
			quote = r
		case r == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t'):
			return line[:i]
		}
	}
	return line
}

type shellResult struct {
	stdout, stderr string
	err            error
}

func (r shellResult) code() int {
	var exit *exec.ExitError
	switch {
	case r.err == nil:
		return 0
	case errors.As(r.err, &exit):
		return exit.ExitCode()
	}
	return -1
}

// runShell runs one command line with bash in dir.
func runShell(dir string, env []string, line string) shellResult {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "bash", "-c", line)
	cmd.Dir, cmd.Env = dir, env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	return shellResult{stdout.String(), stderr.String(), err}
}

// userModule makes "your module" for a block: a git repository with a
// commit of a copy of testdata/legacymod, the bundled legacy module.
func userModule(t *testing.T, absRoot string) string {
	t.Helper()
	src := filepath.Join(absRoot, "testdata", "legacymod")
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	git := "git init -q && git add -A && git -c user.name=docs -c user.email=docs@example.com commit -qm legacy"
	if r := runShell(dst, os.Environ(), git); r.err != nil {
		t.Fatalf("%s: %v\n%s", git, r.err, r.stderr)
	}
	return dst
}

// treeDigest is a digest of the names and contents of the files below dir.
func treeDigest(t *testing.T, dir string) string {
	t.Helper()
	h := sha256.New()
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		fmt.Fprintf(h, "%s\x00%d\x00", path, len(data))
		h.Write(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

func tail(s string) string {
	if lines := strings.Split(s, "\n"); len(lines) > 30 {
		return "...\n" + strings.Join(lines[len(lines)-30:], "\n")
	}
	return s
}
