package repocheck

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// actionlint is the workflow linter, run from the module proxy at a pinned
// version (it is no dependency of this module). shellcheck and pyflakes
// are turned off so the result does not depend on what the machine has.
const actionlint = "github.com/rhysd/actionlint/cmd/actionlint@v1.7.12"

// TestActionlint lints, in a copy laid out as a repository: the workflows
// of .github/workflows, the composite action's steps (as the steps of a
// workflow_call job with the action's inputs), every yaml block of
// README.md and docs/ that is a workflow or a list of steps, with
// whispirlint/whispirlint@... replaced by the local action ./ so that
// actionlint checks their inputs against action.yml.
func TestActionlint(t *testing.T) {
	if testing.Short() {
		t.Skip("builds actionlint from the module proxy")
	}
	dir := t.TempDir()
	wf := filepath.Join(dir, ".github", "workflows")
	// .git marks the project root, where actionlint finds the local action.
	if err := os.MkdirAll(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(wf, 0o755); err != nil {
		t.Fatal(err)
	}
	var files []string
	add := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(wf, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, filepath.Join(".github", "workflows", name))
	}

	workflows, err := filepath.Glob(filepath.Join(root, ".github", "workflows", "*.yml"))
	if err != nil || len(workflows) < 2 {
		t.Fatalf("workflows: %q, %v", workflows, err)
	}
	for _, w := range workflows {
		add(filepath.Base(w), readRoot(t, ".github/workflows/"+filepath.Base(w)))
	}
	action := readRoot(t, "action.yml")
	if err := os.WriteFile(filepath.Join(dir, "action.yml"), []byte(action), 0o644); err != nil {
		t.Fatal(err)
	}
	add("action-steps.yml", actionWorkflow(t, action))

	docs := 0
	for _, file := range docFiles(t) {
		for _, b := range codeBlocks(file, readRoot(t, file)) {
			w, ok := docWorkflow(b)
			if !ok {
				continue
			}
			name := strings.NewReplacer("/", "-", ".md", "").Replace(b.file) + "-" + fmt.Sprint(b.line) + ".yml"
			add(name, "# "+b.String()+"\n"+w)
			docs++
		}
	}
	if docs < 5 {
		t.Errorf("found %d workflows in the docs: the yaml blocks were not found", docs)
	}

	out, err := runActionlint(t, dir, files)
	if err != nil {
		t.Errorf("actionlint %s: %v\n%s", strings.Join(files, " "), err, out)
	}
	t.Logf("actionlint: %d files (%d from the docs), clean", len(files), docs)

	// A check that cannot fail proves nothing: a workflow with an input the
	// action does not have and a step expression of an unknown context
	// must be reported.
	add("bad.yml", "on: push\njobs:\n  bad:\n    runs-on: ubuntu-latest\n    steps:\n"+
		"      - uses: ./\n        with:\n          regoin: au\n"+
		"      - run: echo ${{ nosuch.value }}\n")
	out, err = runActionlint(t, dir, files[len(files)-1:])
	if err == nil || !strings.Contains(out, `"regoin"`) || !strings.Contains(out, "nosuch") {
		t.Errorf("actionlint did not report a planted error (err %v):\n%s", err, out)
	}
}

func runActionlint(t *testing.T, dir string, files []string) (string, error) {
	t.Helper()
	args := append([]string{"run", actionlint, "-no-color", "-shellcheck=", "-pyflakes="}, files...)
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if _, ok := err.(*exec.ExitError); err != nil && !ok {
		t.Fatalf("go run %s: %v", actionlint, err)
	}
	return string(out), err
}

var (
	actionInput = regexp.MustCompile(`(?m)^  ([a-z][a-z0-9-]*):$`)
	localAction = regexp.MustCompile(`uses: whispirlint/whispirlint@\S+`)
)

// actionWorkflow turns the composite action into a workflow whose one job
// runs the action's steps, with the action's inputs as workflow_call
// inputs, so that actionlint checks the steps' expressions and scripts.
func actionWorkflow(t *testing.T, action string) string {
	t.Helper()
	_, inputs, ok1 := strings.Cut(action, "\ninputs:\n")
	inputs, _, ok2 := strings.Cut(inputs, "\n\n")
	_, steps, ok3 := strings.Cut(action, "\nruns:\n  using: composite\n  steps:\n")
	if !ok1 || !ok2 || !ok3 {
		t.Fatal("action.yml: want an inputs: block, then runs: using: composite and steps: last")
	}
	var b strings.Builder
	b.WriteString("# action.yml's steps\non:\n  workflow_call:\n    inputs:\n")
	for _, m := range actionInput.FindAllStringSubmatch(inputs, -1) {
		fmt.Fprintf(&b, "      %s:\n        type: string\n", m[1])
	}
	b.WriteString("jobs:\n  action:\n    runs-on: ubuntu-latest\n    steps:\n")
	for _, line := range strings.SplitAfter(steps, "\n") {
		if strings.TrimSpace(line) != "" {
			b.WriteString("  ")
		}
		b.WriteString(line)
	}
	return b.String()
}

// docWorkflow returns the workflow a yaml block of the docs is: a whole
// workflow (it has jobs:), or a list of steps (wrapped in a job).
func docWorkflow(b block) (string, bool) {
	if b.lang != "yaml" {
		return "", false
	}
	text := localAction.ReplaceAllString(b.text, "uses: ./")
	switch {
	case regexp.MustCompile(`(?m)^jobs:$`).MatchString(text):
		return text, true
	case strings.HasPrefix(strings.TrimLeft(text, " "), "- run:") || strings.HasPrefix(strings.TrimLeft(text, " "), "- uses:"):
		return "on: push\nenv:\n  WHISPIRLINT_VERSION: v0.0.0\njobs:\n  steps:\n    runs-on: ubuntu-latest\n    steps:\n" + text, true
	}
	return "", false
}
