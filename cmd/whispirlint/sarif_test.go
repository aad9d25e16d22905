package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"go/parser"
	"go/token"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/whispirlint/whispirlint/analyzer"
)

func TestSARIFFake(t *testing.T) {
	dir := copyFixture(t, "legacy")
	t.Chdir(dir)
	o, err := parseArgs(fakeAnalyzer, []string{"-format=sarif", "./..."})
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := standalone(fakeAnalyzer, o, configFlags{}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, &stderr)
	}
	log := checkSARIF(t, dir, stdout.Bytes())

	// Each site once, although the package and its test variant both
	// contain it; columns in UTF-16 units (unicode.go: 𝔘 is 4 bytes and 2
	// units, é 2 bytes and 1 unit, so byte column 21 is column 18).
	want := []string{
		"legacy.go:8:14 WL01", "legacy.go:12:25 WL02", "legacy.go:17:18 WL01",
		"legacy.go:17:18 WL02", "unicode.go:5:18 WL01",
	}
	var got []string
	for _, r := range log.Runs[0].Results {
		loc := r.Locations[0].PhysicalLocation
		got = append(got, formatResult(loc.ArtifactLocation.URI, loc.Region, r.RuleID))
	}
	if !slices.Equal(got, want) {
		t.Errorf("results:\n got %q\nwant %q", got, want)
	}

	uni := log.Runs[0].Results[4]
	content := readFile(t, dir, "unicode.go")
	if text := regionText(t, content, uni.Locations[0].PhysicalLocation.Region); text != `"http://api.whispir.com/contacts"` {
		t.Errorf("unicode.go region covers %q", text)
	}
	fixed := applyFix(t, dir, uni.Fixes[0])["unicode.go"]
	if want := `var 𝔘rl, café = "http://api.au.whispir.com/contacts", "é"`; !strings.Contains(fixed, want) {
		t.Errorf("unicode.go after the SARIF fix:\n%s\nwant a line %s", fixed, want)
	}
	if r := log.Runs[0].Results[1]; len(r.Fixes) != 0 {
		t.Errorf("a finding without a suggested fix has SARIF fixes: %+v", r.Fixes)
	}
}

// TestSARIFWhispirlint runs the built command on the fixture: the real
// rules must find the legacy base URL constant and fix it with -region.
func TestSARIFWhispirlint(t *testing.T) {
	dir := copyFixture(t, "legacy")
	res := run(t, dir, nil, whispirlintBin(t), "-format=sarif", "-region=au", "./...")
	if res.code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", res.code, res.stderr)
	}
	log := checkSARIF(t, dir, []byte(res.stdout))

	var base *sarifResult
	for i, r := range log.Runs[0].Results {
		loc := r.Locations[0].PhysicalLocation
		if r.RuleID == "WL01" && loc.ArtifactLocation.URI == "legacy.go" && loc.Region.StartLine == 8 {
			base = &log.Runs[0].Results[i]
		}
	}
	if base == nil {
		t.Fatalf(`no WL01 result for const base = "https://api.whispir.com" (legacy.go:8); log:\n%s`, res.stdout)
	}
	if text := regionText(t, readFile(t, dir, "legacy.go"), base.Locations[0].PhysicalLocation.Region); !strings.Contains(text, "api.whispir.com") {
		t.Errorf("the WL01 region covers %q, not the host", text)
	}
	if len(base.Fixes) != 1 {
		t.Fatalf("WL01 with -region=au has %d fixes, want 1", len(base.Fixes))
	}
	if fixed := applyFix(t, dir, base.Fixes[0])["legacy.go"]; !strings.Contains(fixed, `const base = "https://api.au.whispir.com"`) {
		t.Errorf("legacy.go after the SARIF fix:\n%s", fixed)
	}
}

// TestSARIFLoadError: a package that does not type-check makes the run
// fail (exit 1, so a CI step that uploads on success only keeps the
// alerts of the packages skipped); the log still holds the results of the
// others, and names the package skipped in a failed invocation.
func TestSARIFLoadError(t *testing.T) {
	dir := copyFixture(t, "legacy")
	writeFile(t, dir, "broken/broken.go", "package broken\n\nvar x int = \"not an int\"\n")
	res := run(t, dir, nil, whispirlintBin(t), "-format=sarif", "./...")
	var log sarifLog
	err := json.Unmarshal([]byte(res.stdout), &log)
	if res.code != 1 || err != nil || !strings.Contains(res.stderr, "broken.go:3:13") {
		t.Fatalf("exit %d, %v, stderr:\n%s\nwant exit 1, a log, the type error", res.code, err, res.stderr)
	}
	if len(log.Runs[0].Results) == 0 || len(log.Runs[0].Invocations) != 1 || log.Runs[0].Invocations[0].ExecutionSuccessful {
		t.Errorf("want the other packages' results and a failed invocation:\n%s", res.stdout)
	}
}

func TestUTF16Len(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"é", 1},
		{"日本", 2},
		{"𝔘", 2},
		{"a𝔘é", 4},
		{"\xff\xfe", 2}, // invalid UTF-8: one unit a byte, as U+FFFD
	} {
		if got := utf16Len([]byte(tc.in)); got != tc.want {
			t.Errorf("utf16Len(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestArtifactURI(t *testing.T) {
	base := filepath.FromSlash("/work/mod")
	src := newSources(base)
	for _, tc := range []struct {
		file string
		want sarifArtifactLocation
	}{
		{"/work/mod/a.go", sarifArtifactLocation{URI: "a.go", URIBaseID: srcRoot}},
		{"/work/mod/sub dir/b.go", sarifArtifactLocation{URI: "sub%20dir/b.go", URIBaseID: srcRoot}},
		{"/work/other/c.go", sarifArtifactLocation{URI: "file:///work/other/c.go"}},
	} {
		if got := src.artifact(filepath.FromSlash(tc.file)); got != tc.want {
			t.Errorf("artifact(%s) = %+v, want %+v", tc.file, got, tc.want)
		}
	}
	if got, want := src.baseURI(), "file:///work/mod/"; got != want {
		t.Errorf("baseURI() = %s, want %s", got, want)
	}
}

func TestRuleDescriptors(t *testing.T) {
	log, unknown := buildSARIF([]finding{{rule: "WL99", message: "m", pos: token.Position{Filename: "x.go", Line: 1, Column: 1}}}, nil, analyzer.Rules, newSources(t.TempDir()))
	rules := log.Runs[0].Tool.Driver.Rules
	for i, r := range analyzer.Rules {
		d := rules[i]
		if d.ID != r.ID || d.Name != r.Name || d.ShortDescription.Text != r.Title || d.FullDescription.Text != r.Finds {
			t.Errorf("descriptor %d = %+v, does not describe %s", i, d, r.ID)
		}
		if want := "https://github.com/whispirlint/whispirlint/blob/main/docs/rules.md#" + strings.ToLower(r.ID); d.HelpURI != want {
			t.Errorf("%s helpUri = %s, want %s", r.ID, d.HelpURI, want)
		}
	}
	// A category that is no rule gets a bare descriptor and a warning.
	if !slices.Equal(unknown, []string{"WL99"}) || rules[len(rules)-1].ID != "WL99" || *log.Runs[0].Results[0].RuleIndex != len(rules)-1 {
		t.Errorf("unknown category: unknown = %q, last rule %+v", unknown, rules[len(rules)-1])
	}
}

// checkSARIF validates a log against sarifSchemaSubset and the rules the
// schema cannot express, and returns it decoded.
func checkSARIF(t *testing.T, dir string, data []byte) sarifLog {
	t.Helper()
	var generic any
	if err := json.Unmarshal(data, &generic); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, data)
	}
	for _, v := range validateSARIFSchema(t, generic) {
		t.Errorf("schema: %s", v)
	}
	var log sarifLog
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatal(err)
	}
	if log.Schema == "" || log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("$schema %q, version %q, %d runs: want a 2.1.0 log with one run", log.Schema, log.Version, len(log.Runs))
	}
	run := log.Runs[0]
	if run.Tool.Driver.Name != "whispirlint" || run.Tool.Driver.InformationURI == "" || run.Tool.Driver.Version == "" {
		t.Errorf("tool.driver = %+v", run.Tool.Driver)
	}
	if run.ColumnKind != "utf16CodeUnits" {
		t.Errorf("columnKind = %q", run.ColumnKind)
	}
	if got := run.OriginalURIBaseIDs[srcRoot].URI; !strings.HasSuffix(got, "/") {
		t.Errorf("%s = %q, want a directory URI", srcRoot, got)
	}
	rules := run.Tool.Driver.Rules
	if len(rules) < len(analyzer.Rules) {
		t.Errorf("%d rule descriptors for %d rules", len(rules), len(analyzer.Rules))
	}
	for _, r := range rules {
		if _, ok := analyzer.RuleByID(r.ID); !ok {
			t.Errorf("descriptor for %q, which is no rule", r.ID)
		}
		if r.Help == nil || r.Help.Text == "" || r.HelpURI == "" || r.FullDescription == nil {
			t.Errorf("descriptor %s lacks help: %+v", r.ID, r)
		}
	}
	for i, res := range run.Results {
		if res.RuleIndex == nil || *res.RuleIndex < 0 || *res.RuleIndex >= len(rules) || rules[*res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %d: ruleId %q, ruleIndex %v do not name a descriptor", i, res.RuleID, res.RuleIndex)
		}
		if res.Message.Text == "" || len(res.Locations) != 1 {
			t.Errorf("result %d: message %q, %d locations", i, res.Message.Text, len(res.Locations))
			continue
		}
		loc := res.Locations[0].PhysicalLocation
		checkRegion(t, dir, loc.ArtifactLocation, loc.Region, false)
		for _, fx := range res.Fixes {
			for _, ch := range fx.ArtifactChanges {
				for _, rep := range ch.Replacements {
					checkRegion(t, dir, ch.ArtifactLocation, rep.DeletedRegion, true)
				}
			}
			applyFix(t, dir, fx)
		}
	}
	if !slices.IsSortedFunc(run.Results, func(x, y sarifResult) int {
		lx, ly := x.Locations[0].PhysicalLocation, y.Locations[0].PhysicalLocation
		return cmp.Or(
			cmp.Compare(lx.ArtifactLocation.URI, ly.ArtifactLocation.URI),
			cmp.Compare(lx.Region.StartLine, ly.Region.StartLine),
			cmp.Compare(lx.Region.StartColumn, ly.Region.StartColumn),
			cmp.Compare(x.RuleID, y.RuleID))
	}) {
		t.Errorf("results are not sorted by file, line, column and rule")
	}
	return log
}

// checkRegion checks that a region lies inside the lines and columns of the
// file it names; a deleted region may be empty (an insertion point).
func checkRegion(t *testing.T, dir string, art sarifArtifactLocation, r sarifRegion, deleted bool) {
	t.Helper()
	if art.URIBaseID != srcRoot {
		t.Errorf("artifact %+v is not relative to %s", art, srcRoot)
		return
	}
	lines := utf16Lines(t, readFile(t, dir, uriPath(t, art.URI)))
	inLine := func(line, col int) bool {
		return line >= 1 && line <= len(lines) && col >= 1 && col <= len(lines[line-1])+1
	}
	endLine, endCol := r.EndLine, r.EndColumn
	if endLine == 0 {
		endLine = r.StartLine
	}
	if endCol == 0 && !deleted {
		endCol = len(lines[r.StartLine-1]) + 1 // to the end of the line
	}
	switch {
	case !inLine(r.StartLine, r.StartColumn):
		t.Errorf("%s: region %+v starts outside the file", art.URI, r)
	case !inLine(endLine, endCol):
		t.Errorf("%s: region %+v ends outside the file", art.URI, r)
	case endLine < r.StartLine || endLine == r.StartLine && endCol < r.StartColumn:
		t.Errorf("%s: region %+v ends before it starts", art.URI, r)
	case !deleted && endLine == r.StartLine && endCol == r.StartColumn:
		t.Errorf("%s: result region %+v is empty", art.URI, r)
	}
}

// utf16Lines splits content into lines of UTF-16 code units.
func utf16Lines(t *testing.T, content string) [][]uint16 {
	var lines [][]uint16
	for line := range strings.SplitSeq(content, "\n") {
		lines = append(lines, utf16.Encode([]rune(line)))
	}
	return lines
}

func uriPath(t *testing.T, uri string) string {
	t.Helper()
	u, err := url.Parse(uri)
	if err != nil || u.IsAbs() {
		t.Fatalf("uri %q is not a relative reference", uri)
	}
	return filepath.FromSlash(u.Path)
}

// offset16 converts a SARIF line and column to a byte offset in content.
func offset16(content string, line, col int) int {
	off := 0
	for range line - 1 {
		off += strings.IndexByte(content[off:], '\n') + 1
	}
	units := 0
	for i, r := range content[off:] {
		if units >= col-1 {
			return off + i
		}
		units += utf16.RuneLen(r)
	}
	return len(content)
}

func regionText(t *testing.T, content string, r sarifRegion) string {
	t.Helper()
	return content[offset16(content, r.StartLine, r.StartColumn):offset16(content, r.EndLine, r.EndColumn)]
}

// applyFix applies a SARIF fix to the files it names, checks that each
// result parses as Go, and returns the new contents by URI.
func applyFix(t *testing.T, dir string, fx sarifFix) map[string]string {
	t.Helper()
	out := make(map[string]string)
	for _, ch := range fx.ArtifactChanges {
		content := readFile(t, dir, uriPath(t, ch.ArtifactLocation.URI))
		reps := slices.Clone(ch.Replacements)
		// Apply from the end, so earlier offsets stay valid.
		slices.SortFunc(reps, func(x, y sarifReplacement) int {
			return cmp.Or(cmp.Compare(y.DeletedRegion.StartLine, x.DeletedRegion.StartLine), cmp.Compare(y.DeletedRegion.StartColumn, x.DeletedRegion.StartColumn))
		})
		for _, rep := range reps {
			r := rep.DeletedRegion
			start, end := offset16(content, r.StartLine, r.StartColumn), offset16(content, r.EndLine, r.EndColumn)
			insert := ""
			if rep.InsertedContent != nil {
				insert = rep.InsertedContent.Text
			}
			content = content[:start] + insert + content[end:]
		}
		if _, err := parser.ParseFile(token.NewFileSet(), ch.ArtifactLocation.URI, content, parser.SkipObjectResolution); err != nil {
			t.Errorf("%s after fix %q does not parse: %v\n%s", ch.ArtifactLocation.URI, fx.Description.Text, err, content)
		}
		out[ch.ArtifactLocation.URI] = content
	}
	return out
}

func formatResult(uri string, r sarifRegion, rule string) string {
	return fmt.Sprintf("%s:%d:%d %s", uri, r.StartLine, r.StartColumn, rule)
}

// TestSARIFCodeScanning checks what GitHub code scanning needs of a log
// made in a monorepo: URIs relative to the repository root (or
// -sarif-base), partial fingerprints, security properties on credential
// rules, messages without the rule ID, and suppressed findings as
// suppressions.
func TestSARIFCodeScanning(t *testing.T) {
	bin := whispirlintBin(t)
	repo := t.TempDir()
	if err := os.Mkdir(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, repo, "services/foo/go.mod", "module example.com/foo\n\ngo 1.26\n")
	writeFile(t, repo, "services/foo/notify/notify.go", `package notify

import "net/http"

const base = "https://api.whispir.com"

const other = "https://api.whispir.com/other"

func send(req *http.Request) {
	req.Header.Set("x-api-key", "k3yZ8aQ1w9e7r5t3") //whispirlint:ignore WL12 the sandbox key, revoked
}
`)
	res := run(t, repo, nil, bin, "-C", "services/foo", "-format=sarif", "./...")
	if res.code != 0 || strings.Contains(res.stdout, "k3yZ8aQ1w9e7r5t3") {
		t.Fatalf("exit %d, stderr:\n%s\nstdout:\n%s", res.code, res.stderr, res.stdout)
	}
	log := checkSARIF(t, repo, []byte(res.stdout))
	prints := make(map[string]bool)
	var suppressed int
	for _, r := range log.Runs[0].Results {
		loc := r.Locations[0].PhysicalLocation.ArtifactLocation
		if loc.URI != "services/foo/notify/notify.go" {
			t.Errorf("URI %q, want it relative to the repository root", loc.URI)
		}
		if strings.HasPrefix(r.Message.Text, r.RuleID) {
			t.Errorf("message repeats the rule ID: %q", r.Message.Text)
		}
		fp := r.PartialFingerprints[fingerprintKey]
		if fp == "" || prints[fp] {
			t.Errorf("fingerprint %q missing or not unique", fp)
		}
		prints[fp] = true
		if len(r.Suppressions) > 0 {
			suppressed++
			if r.RuleID != "WL12" || r.Suppressions[0].Kind != "inSource" || r.Suppressions[0].Justification != "the sandbox key, revoked" {
				t.Errorf("suppressed result %+v", r)
			}
		}
	}
	if n := len(log.Runs[0].Results); n != 3 || suppressed != 1 {
		t.Errorf("%d results, %d suppressed; want 2 WL01 and 1 suppressed WL12", n, suppressed)
	}
	for _, rule := range log.Runs[0].Tool.Driver.Rules {
		p := rule.Properties
		security := rule.ID == "WL11" || rule.ID == "WL12" || rule.ID == "WL21" || rule.ID == "WL22"
		if p == nil || security != (p.SecuritySeverity != "") || security != slices.Contains(p.Tags, "security") {
			t.Errorf("rule %s properties %+v", rule.ID, p)
		}
	}

	// A suppressed credential is still masked in the output modes that show source.
	res = run(t, repo, nil, bin, "-C", "services/foo", "-c", "3", "./...")
	if res.code != exitFindings || strings.Contains(res.stderr, "k3yZ8aQ1w9e7r5t3") || !strings.Contains(res.stderr, "x-api-key") {
		t.Errorf("-c 3 with a suppressed WL12: exit %d, stderr:\n%s", res.code, res.stderr)
	}

	res = run(t, repo, nil, bin, "-C", "services/foo", "-format=sarif", "-sarif-base=.", "./...")
	if !strings.Contains(res.stdout, `"uri": "notify/notify.go"`) {
		t.Errorf("-sarif-base=.: want URIs relative to services/foo:\n%s", res.stdout)
	}
}
