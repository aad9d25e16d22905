package repocheck

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

const repoURL = "https://github.com/whispirlint/whispirlint"

var (
	versionHeading = regexp.MustCompile(`(?m)^## \[([^\]]+)\](.*)$`)
	linkDef        = regexp.MustCompile(`(?m)^\[([^\]]+)\]: (\S+)$`)
	toBeReleased   = regexp.MustCompile(`To be released as (v\d+\.\d+\.\d+)`)
	releaseVersion = regexp.MustCompile(`^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$`)
)

// older reports whether release version a comes before b.
func older(a, b string) bool {
	ma, mb := releaseVersion.FindStringSubmatch(a), releaseVersion.FindStringSubmatch(b)
	for i := 1; i <= 3; i++ {
		x, _ := strconv.Atoi(ma[i])
		y, _ := strconv.Atoi(mb[i])
		if x != y {
			return x < y
		}
	}
	return false
}

// changelog is what CHANGELOG.md says about versions.
type changelog struct {
	released []string // newest first
	next     string   // the version [Unreleased] is to be released as
}

// readChangelog checks the form of CHANGELOG.md: [Unreleased] first, then
// released versions "## [vX.Y.Z] - YYYY-MM-DD", newest first, each with a
// link (compare links between releases, the first one's tag, and
// [Unreleased] from the last tag to HEAD, or main's history before any).
func readChangelog(t *testing.T) changelog {
	t.Helper()
	md := readRoot(t, "CHANGELOG.md")
	var c changelog
	heads := versionHeading.FindAllStringSubmatch(md, -1)
	if len(heads) == 0 || heads[0][1] != "Unreleased" || heads[0][2] != "" {
		t.Fatalf("CHANGELOG.md must start with ## [Unreleased], has %q", heads)
	}
	var last time.Time
	for _, h := range heads[1:] {
		v, rest := h[1], h[2]
		date, ok := strings.CutPrefix(rest, " - ")
		d, err := time.Parse(time.DateOnly, date)
		if !releaseVersion.MatchString(v) || !ok || err != nil {
			t.Errorf("CHANGELOG.md: heading %q: want ## [vX.Y.Z] - YYYY-MM-DD", h[0])
			continue
		}
		if len(c.released) > 0 && (!older(v, c.released[len(c.released)-1]) || d.After(last)) {
			t.Errorf("CHANGELOG.md: %s is not older than %s", v, c.released[len(c.released)-1])
		}
		c.released, last = append(c.released, v), d
	}
	if m := toBeReleased.FindStringSubmatch(md[:strings.Index(md+"\n## [v", "\n## [v")]); m != nil {
		c.next = m[1]
	}

	links := map[string]string{}
	for _, m := range linkDef.FindAllStringSubmatch(md, -1) {
		links[m[1]] = m[2]
	}
	want := map[string]string{"Unreleased": repoURL + "/commits/main"}
	if len(c.released) > 0 {
		want["Unreleased"] = repoURL + "/compare/" + c.released[0] + "...HEAD"
	}
	for i, v := range c.released {
		if i+1 < len(c.released) {
			want[v] = repoURL + "/compare/" + c.released[i+1] + "..." + v
		} else {
			want[v] = repoURL + "/releases/tag/" + v
		}
	}
	for name, url := range want {
		if links[name] != url {
			t.Errorf("CHANGELOG.md: [%s]: %q, want %q", name, links[name], url)
		}
	}
	return c
}

func TestChangelog(t *testing.T) {
	c := readChangelog(t)
	if len(c.released) == 0 && c.next == "" {
		t.Errorf("CHANGELOG.md: nothing is released and [Unreleased] does not say %q", "To be released as vX.Y.Z")
	}
}

// pinnedUse finds the places that name a whispirlint version to install:
// go install/go get ...@v, the action's uses:, a pre-commit rev:, the
// plugin's version:, $WHISPIRLINT_VERSION and the action's default.
var pinnedUse = regexp.MustCompile(`whispirlint(?:/cmd/whispirlint)?@(\S+?)["'\s]|WHISPIRLINT_VERSION: (\S+)|rev: (\S+)|import: github.com/whispirlint/whispirlint/gclplugin\n\s+version: (\S+)|default: (v\d\S*)`)

// TestPinnedVersion checks that every install line of the docs and the
// action's default name one version: the newest release, or before any,
// the one [Unreleased] is to be released as. Never @latest.
func TestPinnedVersion(t *testing.T) {
	c := readChangelog(t)
	want := c.next
	if len(c.released) > 0 {
		want = c.released[0]
	}
	files := append(docFiles(t), "action.yml")
	n := 0
	for _, file := range files {
		for _, m := range pinnedUse.FindAllStringSubmatch(readRoot(t, file), -1) {
			got := slices.DeleteFunc(m[1:], func(s string) bool { return s == "" })
			if len(got) != 1 || strings.HasPrefix(got[0], "$") {
				continue // a variable: its value is pinned where it is set
			}
			n++
			if got[0] != want {
				t.Errorf("%s: %q pins %s, want %s (CHANGELOG.md)", file, strings.TrimSpace(m[0]), got[0], want)
			}
		}
	}
	if n < 5 {
		t.Errorf("found %d pinned versions in %q; the pattern has lost them", n, files)
	}
}

// TestPreCommitHooks checks .pre-commit-hooks.yaml: every hook runs
// whispirlint on the whole module (no file names) for a commit that
// touches any file the tool reads, Go or configuration, and skips only
// prose. (pre-commit selects files by "files" and "exclude" regexps and
// by "types"; a hook with types: [go] would skip a commit of a .env file.)
func TestPreCommitHooks(t *testing.T) {
	text := readRoot(t, ".pre-commit-hooks.yaml")
	hooks := strings.Split(text, "\n- id: ")[1:]
	if len(hooks) == 0 {
		t.Fatal(".pre-commit-hooks.yaml has no hooks")
	}
	scanned := []string{"main.go", "internal/client/client_test.go", ".env", "deploy/k8s/deployment.yaml",
		"docker-compose.yml", "assets/whispir.json", "config.toml", "app.properties", "Dockerfile",
		"infra/main.tf", "scripts/send.sh", "go.mod"}
	prose := []string{"README.md", "docs/guide.rst"}
	for _, h := range hooks {
		id, _, _ := strings.Cut(h, "\n")
		field := func(name string) string {
			m := regexp.MustCompile(`(?m)^  ` + name + `: (.*)$`).FindStringSubmatch(h)
			if m == nil {
				return ""
			}
			return strings.Trim(m[1], `'"`)
		}
		if f := field("types"); f != "" || field("types_or") != "" || field("files") != "" {
			t.Errorf("hook %s: selects files by types or files (%q): a commit of configuration files only would be skipped", id, f)
		}
		if field("pass_filenames") != "false" || field("args") != "[./...]" || !strings.HasPrefix(field("entry"), "whispirlint") {
			t.Errorf("hook %s: want entry whispirlint, args [./...], pass_filenames false", id)
		}
		exclude, err := regexp.Compile(field("exclude"))
		if err != nil {
			t.Errorf("hook %s: exclude: %v", id, err)
			continue
		}
		for _, name := range scanned {
			if exclude.MatchString(name) {
				t.Errorf("hook %s: a commit of %s alone does not run it", id, name)
			}
		}
		for _, name := range prose {
			if !exclude.MatchString(name) {
				t.Errorf("hook %s: a commit of %s alone runs it", id, name)
			}
		}
	}

	// The docs' .pre-commit-config.yaml examples select files the same way.
	examples := 0
	for _, file := range docFiles(t) {
		for _, b := range codeBlocks(file, readRoot(t, file)) {
			if !strings.HasPrefix(b.text, "# .pre-commit-config.yaml\n") {
				continue
			}
			examples++
			if regexp.MustCompile(`(?m)^\s+(types|types_or|files):`).MatchString(b.text) {
				t.Errorf("%s: the example selects files by types or files: a commit of configuration files only would be skipped", b)
			}
			if m := regexp.MustCompile(`(?m)^\s+exclude: (.*)$`).FindStringSubmatch(b.text); m != nil && !strings.Contains(text, "exclude: "+m[1]+"\n") {
				t.Errorf("%s: exclude %s is not the hooks' exclude", b, m[1])
			}
		}
	}
	if examples == 0 {
		t.Error("no .pre-commit-config.yaml example in the docs")
	}
}

// TestREADME checks the README's shape: at most 250 lines, and the quick
// start as it has always been: the dry run of the bundled module and the
// test command, which .ci/run (CI) runs.
func TestREADME(t *testing.T) {
	md := readRoot(t, "README.md")
	if n := strings.Count(md, "\n"); n > 250 {
		t.Errorf("README.md has %d lines, want at most 250: move details to docs/", n)
	}
	blocks := codeBlocks("README.md", md)
	const quickStart = "go run ./cmd/whispirlint -C testdata/legacymod -region=au -fix -diff ./...   # dry-run migration of the bundled legacy module\n" +
		"go test -timeout=30m ./...                                                  # the tests (CI runs exactly this)\n"
	if i := strings.Index(md, "## Quick start"); i < 0 || i > strings.Index(md, "## Install") || len(blocks) == 0 || blocks[0].text != quickStart {
		t.Errorf("README.md: the first code block, under ## Quick start before ## Install, must be\n%s", quickStart)
	}
	ci := readRoot(t, ".ci/run")
	if !regexp.MustCompile(`(?m)^go test -timeout=30m \./\.\.\.$`).MatchString(ci) {
		t.Errorf(".ci/run does not run the README's test command, go test -timeout=30m ./...")
	}
}

// TestReleaseNotes runs the release workflow's notes script: it prints one
// version's CHANGELOG section, and fails for a version without one (so a
// tag without its changelog entry is not released).
func TestReleaseNotes(t *testing.T) {
	changelog := filepath.Join(t.TempDir(), "CHANGELOG.md")
	err := os.WriteFile(changelog, []byte("# Changelog\n\n## [Unreleased]\n\n- next\n\n"+
		"## [v0.2.0] - 2027-02-01\n\n### Added\n\n- two\n\n## [v0.1.0] - 2027-01-01\n\n- one\n\n"+
		"[Unreleased]: "+repoURL+"/compare/v0.2.0...HEAD\n"), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(root, ".ci", "release-notes")
	notes := func(tag string) (string, error) {
		cmd := exec.Command("bash", script, tag)
		cmd.Env = append(os.Environ(), "CHANGELOG="+changelog)
		out, err := cmd.Output()
		return string(out), err
	}
	for tag, want := range map[string]string{"v0.2.0": "\n### Added\n\n- two\n", "v0.1.0": "\n- one\n"} {
		if got, err := notes(tag); err != nil || got != want {
			t.Errorf("release-notes %s = %q, %v; want %q", tag, got, err, want)
		}
	}
	if got, err := notes("v0.3.0"); err == nil {
		t.Errorf("release-notes v0.3.0 (no section) = %q, want a failure", got)
	}
	cmd := exec.Command("bash", script, "v0.1.0") // the real CHANGELOG: v0.1.0 is not released yet
	if out, err := cmd.CombinedOutput(); err == nil {
		t.Errorf("release-notes v0.1.0 on CHANGELOG.md = %q: v0.1.0 has no dated section yet", out)
	}
}
