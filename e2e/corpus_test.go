package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestCorpus migrates the corpus module (e2e/testdata/corpus: one legacy
// Whispir call site per shapeNN package, each mirroring how a real Go
// client builds and sends its requests) with every driver, and holds each
// shape to the rule "proven or declined": after one -fix a shape either
// sends exactly the migrated request, or is left byte-for-byte unchanged
// and still reported. The verdicts are logged as a table, one row a shape;
// the test fails on any WRONG shape and reports them all.
func TestCorpus(t *testing.T) {
	skipShort(t)
	src := filepath.Join(repoRoot, "e2e", "testdata", "corpus")
	shapes := corpusShapes(t, src)
	if len(shapes) < 40 {
		t.Fatalf("the corpus has %d shapes, want at least 40", len(shapes))
	}

	t.Run("drive", func(t *testing.T) { checkCorpusDrive(t, src, shapes) })

	results := make(map[string]map[string]verdict) // driver → shape → verdict
	for _, d := range corpusDrivers() {
		t.Run(d.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "corpus")
			if err := copyTree(src, dir); err != nil {
				t.Fatal(err)
			}
			r := d.run(t, dir)
			if r.code != 0 && r.code != 1 && r.code != 3 {
				t.Errorf("%s exited %d:\n%s", d.name, r.code, r)
			}
			if d.name == "standalone" {
				requireSecondFixNoop(t, dir)
			}
			vs := judgeCorpus(t, src, dir, shapes, d.name == "standalone", r)
			results[d.name] = vs
			logCorpusTable(t, d.name, shapes, vs)
		})
	}
	logCorpusSummary(t, shapes, results)
}

// A corpusDriver migrates the module in dir in place.
type corpusDriver struct {
	name string
	run  func(t *testing.T, dir string) result
}

func corpusDrivers() []corpusDriver {
	return []corpusDriver{
		{"standalone", func(t *testing.T, dir string) result {
			return runCmd(t, dir, nil, defaultTimeout, toolBin, "-region="+region, "-fix", "./...")
		}},
		{"govet", func(t *testing.T, dir string) result {
			return runCmd(t, dir, nil, defaultTimeout, "go", "vet", "-vettool="+toolBin, "-region="+region, "-fix", "./...")
		}},
		{"gofix", func(t *testing.T, dir string) result {
			return runCmd(t, dir, nil, defaultTimeout, "go", "fix", "-fixtool="+toolBin, "-region="+region, "./...")
		}},
		{"golangci", func(t *testing.T, dir string) result {
			gcl := golangciLint(t)
			cfg := writeGolangciConfig(t, "region: "+region)
			return runCmd(t, dir, golangciEnv(t), defaultTimeout, gcl, "run", "--config="+cfg, "--fix", "./...")
		}},
	}
}

// shapeDir matches a shape's package directory, shapeNN.
var shapeDir = regexp.MustCompile(`^shape\d\d$`)

// corpusShapes lists the shape packages of the corpus, by directory name.
func corpusShapes(t *testing.T, src string) []string {
	t.Helper()
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	var shapes []string
	for _, e := range entries {
		if e.IsDir() && shapeDir.MatchString(e.Name()) {
			shapes = append(shapes, e.Name())
		}
	}
	return shapes
}

// shapeName is the name of the shape's function and drive subtest.
func shapeName(dir string) string { return "S" + dir[1:] }

// checkCorpusDrive checks that the drive test tells the forms apart: on the
// unmigrated corpus, legacy passes for every shape and migrated fails for
// every shape.
func checkCorpusDrive(t *testing.T, src string, shapes []string) {
	dir := filepath.Join(t.TempDir(), "corpus")
	if err := copyTree(src, dir); err != nil {
		t.Fatal(err)
	}
	mustRun(t, dir, []string{"CORPUS_EXPECT=legacy"}, "go", "test", "-count=1", "./...")
	failed, r := runCorpusDrive(t, dir, nil)
	for _, s := range shapes {
		if _, ok := failed[shapeName(s)]; !ok {
			t.Errorf("the drive test accepts the unmigrated %s as migrated:\n%s", shapeName(s), r)
		}
	}
}

// runCorpusDrive runs the drive test in migrated mode and returns the
// output of each failed shape subtest, by shape name.
func runCorpusDrive(t *testing.T, dir string, unchanged []string) (map[string]string, result) {
	t.Helper()
	env := []string{"CORPUS_EXPECT=migrated", "CORPUS_REGION=" + region, "CORPUS_UNCHANGED=" + strings.Join(unchanged, ",")}
	r := runCmd(t, dir, env, defaultTimeout, "go", "test", "-count=1", "-v", "-run=^TestCorpus$", "./drive")
	failed := shapeFailures(r.stdout)
	if r.code != 0 && len(failed) == 0 {
		t.Fatalf("the drive test failed outside any shape:\n%s", r)
	}
	return failed, r
}

// shapeFailures parses `go test -v` output into the log of each failed
// TestCorpus/ShapeNN subtest.
func shapeFailures(out string) map[string]string {
	failed := make(map[string]string)
	logs := make(map[string]*strings.Builder)
	var cur *strings.Builder
	run := regexp.MustCompile(`^=== (?:RUN|CONT|NAME)\s+TestCorpus/(Shape\d\d)`)
	fail := regexp.MustCompile(`^\s*--- FAIL: TestCorpus/(Shape\d\d)`)
	for line := range strings.Lines(out) {
		if m := run.FindStringSubmatch(line); m != nil {
			if logs[m[1]] == nil {
				logs[m[1]] = new(strings.Builder)
			}
			cur = logs[m[1]]
			continue
		}
		if m := fail.FindStringSubmatch(line); m != nil {
			failed[m[1]] = ""
			cur = nil
			continue
		}
		if cur != nil {
			cur.WriteString(line)
		}
	}
	for name := range failed {
		if b := logs[name]; b != nil {
			failed[name] = strings.TrimSpace(b.String())
		}
	}
	return failed
}

// A verdict is the outcome of one shape under one driver.
type verdict struct {
	outcome string // "migrated", "unchanged+reported" or "WRONG"
	why     string // for WRONG: what went wrong
	diff    string // the shape's edits, when it changed
}

func (v verdict) String() string {
	if v.why == "" {
		return v.outcome
	}
	return v.outcome + ": " + v.why
}

// judgeCorpus gives each shape of the migrated module in dir its verdict.
// Shapes that no longer compile are put back as they were, so the rest of
// the module can be built, re-reported and driven.
func judgeCorpus(t *testing.T, src, dir string, shapes []string, standalone bool, fix result) map[string]verdict {
	t.Helper()
	vs := make(map[string]verdict)
	wrong := func(s, why string) {
		v := vs[s]
		v.outcome = "WRONG"
		v.why = strings.TrimPrefix(v.why+"; "+why, "; ")
		vs[s] = v
	}

	changed := make(map[string]bool)
	for _, s := range shapes {
		if d := treeDiff(t, filepath.Join(src, s), filepath.Join(dir, s)); d != "" {
			changed[s] = true
			vs[s] = verdict{diff: d}
		}
	}
	if d := treeDiffOutside(t, src, dir); d != "" {
		t.Errorf("the fix changed files outside the shapes:\n%s", d)
	}

	// Compile errors: attribute to shapes, then restore those shapes.
	if r := runCmd(t, dir, nil, defaultTimeout, "go", "build", "./..."); r.err != nil {
		broken := mentionedShapes(r.output(), shapes)
		if len(broken) == 0 {
			t.Fatalf("go build fails outside the shapes:\n%s", r)
		}
		for _, s := range broken {
			wrong(s, "does not compile: "+firstLines(shapeLines(r.output(), s), 6))
			restoreShape(t, src, dir, s)
		}
		mustRun(t, dir, nil, "go", "build", "./...")
	}
	if r := runCmd(t, dir, nil, defaultTimeout, "go", "vet", "./..."); r.err != nil {
		bad := mentionedShapes(r.output(), shapes)
		if len(bad) == 0 {
			t.Fatalf("go vet fails outside the shapes:\n%s", r)
		}
		for _, s := range bad {
			wrong(s, "go vet: "+firstLines(shapeLines(r.output(), s), 6))
		}
	}
	if r := mustRun(t, dir, nil, gofmtBin, "-l", "."); r.stdout != "" {
		for _, s := range mentionedShapes(r.stdout, shapes) {
			wrong(s, "not gofmt-clean")
		}
	}

	// Findings left after the fix, by shape.
	reported := corpusFindings(t, dir, shapes)
	summary := fix.stderr

	// The requests: migrated shapes must send the migrated request, the
	// others (unchanged, or put back because they did not compile) the
	// legacy one.
	var legacy []string
	for _, s := range shapes {
		if !changed[s] || vs[s].outcome == "WRONG" {
			legacy = append(legacy, shapeName(s))
		}
	}
	failed, _ := runCorpusDrive(t, dir, legacy)

	for _, s := range shapes {
		if log, ok := failed[shapeName(s)]; ok {
			what := "wrong request"
			if !changed[s] {
				what = "unchanged, but does not send its legacy request"
			}
			wrong(s, what+": "+firstLines(log, 8))
		}
		if vs[s].outcome == "WRONG" {
			continue
		}
		v := vs[s]
		switch {
		case changed[s]:
			v.outcome = "migrated"
		case !reported[s]:
			v.outcome, v.why = "WRONG", "unchanged but not reported (no WL01/WL02 finding on re-run)"
		case standalone && !strings.Contains(summary, s+"/"):
			v.outcome, v.why = "WRONG", "unchanged and reported, but not listed in the -fix summary"
		default:
			v.outcome = "unchanged+reported"
		}
		vs[s] = v
	}
	for _, s := range shapes {
		if v := vs[s]; v.outcome == "WRONG" {
			t.Errorf("%s WRONG: %s\n%s", shapeName(s), v.why, v.diff)
		}
	}
	return vs
}

// treeDiffOutside is treeDiff restricted to the files outside the shape
// directories (go.mod, the drive test).
func treeDiffOutside(t *testing.T, a, b string) string {
	t.Helper()
	outside := func(m map[string]string) map[string]string {
		maps.DeleteFunc(m, func(name string, _ string) bool {
			return shapeDir.MatchString(strings.SplitN(name, "/", 2)[0])
		})
		return m
	}
	da, db := outside(treeDigest(t, a)), outside(treeDigest(t, b))
	if maps.Equal(da, db) {
		return ""
	}
	var report strings.Builder
	for _, name := range slices.Sorted(maps.Keys(mergeKeys(da, db))) {
		if da[name] != db[name] {
			fmt.Fprintf(&report, "differs: %s\n%s", name, fileDiff(filepath.Join(a, name), filepath.Join(b, name)))
		}
	}
	return report.String()
}

// restoreShape puts the shape's original files back.
func restoreShape(t *testing.T, src, dir, s string) {
	t.Helper()
	if err := os.RemoveAll(filepath.Join(dir, s)); err != nil {
		t.Fatal(err)
	}
	if err := copyTree(filepath.Join(src, s), filepath.Join(dir, s)); err != nil {
		t.Fatal(err)
	}
}

// mentionedShapes lists the shapes whose directory or package path the
// output of a go command mentions.
func mentionedShapes(out string, shapes []string) []string {
	var found []string
	for _, s := range shapes {
		if regexp.MustCompile(`\b` + s + `\b`).MatchString(out) {
			found = append(found, s)
		}
	}
	return found
}

// shapeLines is the lines of out that mention shape s.
func shapeLines(out, s string) string {
	var b strings.Builder
	for line := range strings.Lines(out) {
		if strings.Contains(line, s+"/") && !strings.HasPrefix(line, "#") {
			b.WriteString(line)
		}
	}
	return b.String()
}

func firstLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = append(lines[:n], "...")
	}
	return strings.Join(lines, "\n\t")
}

// corpusFindings re-runs whispirlint -json on dir and reports which shapes
// still have a WL01 or WL02 finding.
func corpusFindings(t *testing.T, dir string, shapes []string) map[string]bool {
	t.Helper()
	r := runCmd(t, dir, nil, defaultTimeout, toolBin, "-region="+region, "-json", "./...")
	if r.code != 0 && r.code != 3 {
		t.Fatalf("whispirlint -json failed:\n%s", r)
	}
	type diagnostic struct{ Category, Posn, Message string }
	reported := make(map[string]bool)
	dec := json.NewDecoder(bytes.NewReader([]byte(r.stdout)))
	for dec.More() {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err != nil {
			t.Fatalf("whispirlint -json: %v\n%s", err, r)
		}
		for pkg, analyzers := range tree {
			for _, raw := range analyzers {
				var diags []diagnostic
				if err := json.Unmarshal(raw, &diags); err != nil {
					t.Fatalf("whispirlint -json: package %s: %s", pkg, raw)
				}
				for _, d := range diags {
					if d.Category != "WL01" && d.Category != "WL02" {
						continue
					}
					rel, err := filepath.Rel(dir, strings.SplitN(d.Posn, ":", 2)[0])
					if err != nil {
						continue
					}
					if s := strings.SplitN(filepath.ToSlash(rel), "/", 2)[0]; slices.Contains(shapes, s) {
						reported[s] = true
					}
				}
			}
		}
	}
	return reported
}

// requireSecondFixNoop runs the standalone -fix a second time, on a copy
// of the migrated module, and fails if it changes anything.
func requireSecondFixNoop(t *testing.T, dir string) {
	t.Helper()
	again := filepath.Join(t.TempDir(), "again")
	if err := copyTree(dir, again); err != nil {
		t.Fatal(err)
	}
	r := runCmd(t, again, nil, defaultTimeout, toolBin, "-region="+region, "-fix", "./...")
	if r.code != 0 && r.code != 3 {
		t.Logf("second -fix exited %d (a module that does not load is left as it is):\n%s", r.code, r.stderr)
	}
	if d := treeDiff(t, dir, again); d != "" {
		t.Errorf("a second -fix changed the migrated tree:\n%s", d)
	}
}

func logCorpusTable(t *testing.T, driver string, shapes []string, vs map[string]verdict) {
	t.Helper()
	var b strings.Builder
	counts := make(map[string]int)
	fmt.Fprintf(&b, "%s: per-shape verdicts\n", driver)
	for _, s := range shapes {
		v := vs[s]
		counts[v.outcome]++
		fmt.Fprintf(&b, "  %-8s %s\n", shapeName(s), strings.ReplaceAll(v.String(), "\n", "\n           "))
	}
	fmt.Fprintf(&b, "  total: %d migrated, %d unchanged+reported, %d WRONG",
		counts["migrated"], counts["unchanged+reported"], counts["WRONG"])
	t.Log(b.String())
}

func logCorpusSummary(t *testing.T, shapes []string, results map[string]map[string]verdict) {
	t.Helper()
	drivers := []string{"standalone", "govet", "gofix", "golangci"}
	var b strings.Builder
	fmt.Fprintf(&b, "%-8s", "shape")
	for _, d := range drivers {
		fmt.Fprintf(&b, " | %-18s", d)
	}
	b.WriteString("\n")
	for _, s := range shapes {
		fmt.Fprintf(&b, "%-8s", shapeName(s))
		for _, d := range drivers {
			out := "-"
			if v, ok := results[d][s]; ok {
				out = v.outcome
			}
			fmt.Fprintf(&b, " | %-18s", out)
		}
		b.WriteString("\n")
	}
	t.Logf("corpus verdicts by driver:\n%s", b.String())
}
