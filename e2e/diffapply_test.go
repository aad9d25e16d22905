package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// diffModules are the modules whose -fix -diff TestDiffAppliesEverywhere
// applies: the samples, the corpus, the adversarial review's cases, the
// configuration testdata and the command's fixtures (credentials included).
func diffModules(t *testing.T) map[string]string {
	t.Helper()
	mods := map[string]string{
		"legacymod":       filepath.Join(repoRoot, "testdata", "legacymod"),
		"mini":            filepath.Join(repoRoot, "e2e", "testdata", "mini"),
		"corpus":          filepath.Join(repoRoot, "e2e", "testdata", "corpus"),
		"configscan-repo": filepath.Join(repoRoot, "internal", "configscan", "testdata", "repo"),
		"cmd-secrets":     filepath.Join(repoRoot, "cmd", "whispirlint", "testdata", "secrets"),
		"cmd-legacy":      filepath.Join(repoRoot, "cmd", "whispirlint", "testdata", "legacy"),
		"cmd-dotenv":      filepath.Join(repoRoot, "cmd", "whispirlint", "testdata", "dotenv"),
	}
	review, err := filepath.Glob(filepath.Join(repoRoot, "e2e", "testdata", "review", "*", "go.mod"))
	if err != nil || len(review) == 0 {
		t.Fatalf("no review cases: %v", err)
	}
	for _, gomod := range review {
		mods["review-"+filepath.Base(filepath.Dir(gomod))] = filepath.Dir(gomod)
	}
	return mods
}

// TestDiffAppliesEverywhere runs -fix -diff on a fresh git repository copy
// of every module above, with -secrets=report and -secrets=env, and checks
// what the README promises: a diff whose hunks show no credential applies
// (git apply --check); the hunks that must show one are listed on stderr
// and are the only ones with a masked value; the other hunks apply on
// their own; with -show-secrets the whole diff applies.
func TestDiffAppliesEverywhere(t *testing.T) {
	skipShort(t)
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	nonEmpty := 0
	for name, src := range diffModules(t) {
		for _, secrets := range []string{"report", "env"} {
			t.Run(name+"/"+secrets, func(t *testing.T) {
				dir := gitCopy(t, src)
				args := []string{"-region=" + region, "-secrets=" + secrets, "-fix", "-diff", "./..."}
				res := fixRun(t, dir, nil, args...)
				if res.stdout == "" {
					return // nothing to migrate here
				}
				nonEmpty++
				listed := maskedHunksListed(res.stderr)
				masked := hunksWithMask(res.stdout)
				if strings.Join(listed, "\n") != strings.Join(masked, "\n") {
					t.Errorf("stderr lists the masked hunks\n%s\nbut the diff masks\n%s\n%s", strings.Join(listed, "\n"), strings.Join(masked, "\n"), res)
				}
				if len(masked) == 0 {
					gitApplyCheck(t, dir, res.stdout)
					return
				}
				if !strings.Contains(res.stderr, "-show-secrets") {
					t.Errorf("stderr does not name -show-secrets:\n%s", res.stderr)
				}
				if rest := dropMaskedHunks(res.stdout); rest != "" {
					gitApplyCheck(t, dir, rest)
				}
				clear := fixRun(t, dir, nil, append([]string{"-show-secrets"}, args...)...)
				if strings.Contains(clear.stdout, "[redacted ") || strings.Contains(clear.stderr, "show a credential") {
					t.Errorf("-show-secrets still masks:\n%s", clear)
				}
				gitApplyCheck(t, dir, clear.stdout)
			})
		}
	}
	if nonEmpty < 10 {
		t.Errorf("only %d of the runs printed a diff: the test checks too little", nonEmpty)
	}
}

// TestDiffAppliesBesideNamesAndSecrets is the report: an .env
// with WHISPIR_API_KEY next to a change, a Kubernetes secretKeyRef (a
// secret's name) and a sandboxToken variable within three lines of a Go
// change. Names and references are not masked, so the diff applies; a key
// written in the .env is, and only its hunk is listed.
func TestDiffAppliesBesideNamesAndSecrets(t *testing.T) {
	skipShort(t)
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	const key = "Qm9vZ2llV29vZ2llMjAyNg4x"
	files := map[string]string{
		"go.mod": "module example.com/adopt\n\ngo 1.26\n",
		"client.go": `package adopt

import (
	"net/http"
	"os"
)

var sandboxToken = os.Getenv("SANDBOX_TOKEN")

func Send() (*http.Response, error) {
	token := sandboxToken + "-sandbox"
	_ = token
	return http.Get("https://api.whispir.com/messages")
}
`,
		".env": "WHISPIR_URL=https://api.whispir.com/messages\nWHISPIR_API_KEY=${VAULT_WHISPIR_KEY}\nWHISPIR_API_KEY_NAME=whispir-api-key\n",
		"k8s/deploy.yaml": `env:
  - name: WHISPIR_API_KEY
    valueFrom:
      secretKeyRef:
        name: whispir-credentials
        key: apiKey
  - name: WHISPIR_URL
    value: https://api.whispir.com/messages
  - name: WHISPIR_TOKEN
    valueFrom:
      secretKeyRef: {name: whispir, key: token}
`,
	}
	dir := t.TempDir()
	for name, content := range files {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o777); err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, name), content)
	}
	gitInit(t, dir)
	res := fixRun(t, dir, nil, "-region="+region, "-fix", "-diff", "./...")
	for _, want := range []string{" \ttoken := sandboxToken + \"-sandbox\"", "         key: apiKey", " WHISPIR_API_KEY=${VAULT_WHISPIR_KEY}", " WHISPIR_API_KEY_NAME=whispir-api-key"} {
		if !strings.Contains(res.stdout, want+"\n") {
			t.Errorf("the diff does not show the context line %q as it is:\n%s", want, res.stdout)
		}
	}
	if strings.Contains(res.output(), "[redacted ") {
		t.Errorf("the diff masks a name or a reference:\n%s", res)
	}
	gitApplyCheck(t, dir, res.stdout)

	// A key written in the .env beside the change: masked, listed.
	writeFile(t, filepath.Join(dir, ".env"), "WHISPIR_URL=https://api.whispir.com/messages\nWHISPIR_API_KEY="+key+"\n")
	res = fixRun(t, dir, nil, "-region="+region, "-fix", "-diff", "./...")
	if strings.Contains(res.output(), key) {
		t.Errorf("the diff shows the key:\n%s", res)
	}
	if got := maskedHunksListed(res.stderr); len(got) != 1 || !strings.HasPrefix(got[0], ".env @@ ") {
		t.Errorf("stderr lists %q, want the .env hunk alone:\n%s", got, res)
	}
	gitApplyCheck(t, dir, dropMaskedHunks(res.stdout))
}

// gitCopy copies src into a fresh git repository with one commit (a go.mod
// is written where src has none: the configuration testdata).
func gitCopy(t *testing.T, src string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "m")
	if err := copyTree(src, dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		writeFile(t, filepath.Join(dir, "go.mod"), "module repo\n\ngo 1.26\n")
	}
	gitInit(t, dir)
	return dir
}

func gitInit(t *testing.T, dir string) {
	t.Helper()
	env := []string{"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com"}
	mustRun(t, dir, env, "git", "init", "-q")
	mustRun(t, dir, env, "git", "add", "-A")
	mustRun(t, dir, env, "git", "commit", "-q", "-m", "legacy")
}

// gitApplyCheck runs git apply --check on patch in dir.
func gitApplyCheck(t *testing.T, dir, patch string) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "fix.patch")
	if err := os.WriteFile(file, []byte(patch), 0o666); err != nil {
		t.Fatal(err)
	}
	if r := runCmd(t, dir, nil, defaultTimeout, "git", "apply", "--check", file); r.code != 0 {
		t.Errorf("git apply --check: exit %d\n%s\npatch:\n%s", r.code, r.output(), patch)
	}
}

// maskedHunkLine is a hunk the -fix -diff stderr lists as masked.
var maskedHunkLine = regexp.MustCompile(`(?m)^\t(\S+ @@ -\S+ \+\S+ @@)$`)

func maskedHunksListed(stderr string) []string {
	var out []string
	for _, m := range maskedHunkLine.FindAllStringSubmatch(stderr, -1) {
		out = append(out, m[1])
	}
	return out
}

// A diffFile is one file of a unified diff: its header and its hunks.
type diffFile struct {
	name, header string
	hunks        []string // each with its @@ line
}

func parseDiff(diff string) []diffFile {
	var files []diffFile
	for _, line := range strings.SplitAfter(diff, "\n") {
		switch {
		case strings.HasPrefix(line, "--- "):
			files = append(files, diffFile{name: strings.TrimPrefix(strings.TrimSpace(line), "--- a/"), header: line})
		case strings.HasPrefix(line, "+++ ") && len(files) > 0 && len(files[len(files)-1].hunks) == 0:
			files[len(files)-1].header += line
		case strings.HasPrefix(line, "@@ "):
			f := &files[len(files)-1]
			f.hunks = append(f.hunks, line)
		case line != "":
			f := &files[len(files)-1]
			f.hunks[len(f.hunks)-1] += line
		}
	}
	return files
}

// hunksWithMask lists the hunks that hold a masked value, as stderr names
// them ("file @@ -a,b +c,d @@").
func hunksWithMask(diff string) []string {
	var out []string
	for _, f := range parseDiff(diff) {
		for _, h := range f.hunks {
			if strings.Contains(h, "[redacted ") {
				at, _, _ := strings.Cut(h, "\n")
				out = append(out, f.name+" "+at)
			}
		}
	}
	return out
}

// dropMaskedHunks is diff without its masked hunks (git apply finds the
// others at their offset).
func dropMaskedHunks(diff string) string {
	var b strings.Builder
	for _, f := range parseDiff(diff) {
		var kept []string
		for _, h := range f.hunks {
			if !strings.Contains(h, "[redacted ") {
				kept = append(kept, h)
			}
		}
		if len(kept) > 0 {
			b.WriteString(f.header + strings.Join(kept, ""))
		}
	}
	return b.String()
}
