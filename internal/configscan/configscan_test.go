package configscan

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestRepo scans a sample repository with a file of each kind, the way the
// command does for ./..., and compares the report and the fixed files with
// the goldens: testdata/report.golden (no region), testdata/report-au.golden
// (-region=au), and testdata/golden/<path> for each file the fix changes.
func TestRepo(t *testing.T) {
	root := filepath.Join("testdata", "repo")
	for _, tc := range []struct{ region, golden string }{
		{"", "report.golden"},
		{"au", "report-au.golden"},
	} {
		res := Scan([]Root{{Dir: root, Recursive: true}}, Options{Region: tc.region})
		if len(res.Errors) > 0 {
			t.Fatalf("errors: %v", res.Errors)
		}
		checkGolden(t, filepath.Join("testdata", tc.golden), []byte(report(t, root, res)))
		if tc.region == "" {
			continue
		}
		var fixed []string
		for _, f := range res.Files {
			rel, _ := filepath.Rel(root, f.Path)
			content, n := f.Fixed()
			if n == 0 {
				continue
			}
			fixed = append(fixed, rel)
			checkGolden(t, filepath.Join("testdata", "golden", rel), content)
		}
		// Every golden has its file: none is left over from an older run.
		filepath.WalkDir(filepath.Join("testdata", "golden"), func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				rel, _ := filepath.Rel(filepath.Join("testdata", "golden"), path)
				if !slices.Contains(fixed, rel) {
					t.Errorf("golden %s: the fix no longer changes that file", path)
				}
			}
			return nil
		})
	}
}

// report lists the findings, the regional hosts and the skipped files as
// the command prints them, with paths relative to root.
func report(t *testing.T, root string, res *Result) string {
	var b strings.Builder
	rel := func(p string) string { r, _ := filepath.Rel(root, p); return filepath.ToSlash(r) }
	for _, f := range res.Files {
		for _, fd := range f.Findings {
			fix := "no fix"
			if fd.Fix != nil {
				fix = fmt.Sprintf("fix [%d,%d) %q", fd.Fix.Start, fd.Fix.End, fd.Fix.New)
			}
			fmt.Fprintf(&b, "%s:%d:%d: %s\n\t%s\n", rel(f.Path), fd.Line, fd.Col, fd.Message, fix)
		}
	}
	for _, u := range res.Regional {
		fmt.Fprintf(&b, "regional %s at %s:%d:%d\n", u.Region, rel(u.Path), u.Line, u.Col)
	}
	for _, s := range res.Skipped {
		fmt.Fprintf(&b, "skipped %s: %s\n", rel(s.Path), s.Reason)
	}
	return b.String()
}

func checkGolden(t *testing.T, golden string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (go test -update to accept):\n%s", golden, Diff(golden, want, got))
	}
}

// TestHostileFiles scans a tree of files that must be skipped or kept byte
// for byte: binary, huge, invalid UTF-8, CRLF, BOM, symbolic links (a
// loop, one to a file outside the tree, one to a directory outside).
func TestHostileFiles(t *testing.T) {
	outside := t.TempDir()
	write(t, outside, "secret.env", "URL=https://api.whispir.com\n")
	root := t.TempDir()
	legacy := "URL=https://api.whispir.com/messages\n"
	write(t, root, "binary.dat", "\x00\x01"+legacy)
	write(t, root, "huge.yaml", legacy+strings.Repeat("# padding\n", DefaultMaxSize/10))
	write(t, root, "latin1.properties", "name=caf\xe9\n"+legacy)
	write(t, root, "crlf.env", "A=1\r\nURL=http://api.whispir.com\r\nB=2\r\n")
	write(t, root, "bom.json", "\ufeff{\"url\": \"https://api.whispir.com\"}\n")
	write(t, root, "noeol.env", "URL=https://api.whispir.com")
	for _, link := range [][2]string{
		{"loop1", "loop2"}, {"loop2", "loop1"}, // a loop
		{"out.env", filepath.Join(outside, "secret.env")}, // a file outside
		{"outdir", outside}, // a directory outside
		{"self", "."},       // a directory loop
	} {
		if err := os.Symlink(link[1], filepath.Join(root, link[0])); err != nil {
			t.Skipf("symbolic links: %v", err)
		}
	}

	res := Scan([]Root{{Dir: root, Recursive: true}}, Options{Region: "au"})
	if len(res.Errors) > 0 {
		t.Errorf("errors: %v", res.Errors)
	}
	want := "skipped binary.dat: binary (a NUL byte)\n" +
		"skipped huge.yaml: larger than 1048576 bytes\n" +
		"skipped latin1.properties: not UTF-8\n"
	var got strings.Builder
	for _, s := range res.Skipped {
		rel, _ := filepath.Rel(root, s.Path)
		fmt.Fprintf(&got, "skipped %s: %s\n", rel, s.Reason)
	}
	if got.String() != want {
		t.Errorf("skipped:\n%s\nwant:\n%s", got.String(), want)
	}

	fixed := make(map[string]string)
	for _, f := range res.Files {
		content, _ := f.Fixed()
		rel, _ := filepath.Rel(root, f.Path)
		fixed[rel] = string(content)
	}
	wantFixed := map[string]string{
		"crlf.env":  "A=1\r\nURL=https://api.au.whispir.com\r\nB=2\r\n",
		"bom.json":  "\ufeff{\"url\": \"https://api.au.whispir.com\"}\n",
		"noeol.env": "URL=https://api.au.whispir.com",
	}
	for name, want := range wantFixed {
		if fixed[name] != want {
			t.Errorf("%s fixed:\n%q\nwant:\n%q", name, fixed[name], want)
		}
	}
	for name := range fixed {
		if _, ok := wantFixed[name]; !ok {
			t.Errorf("%s: findings in a file that must be skipped", name)
		}
	}

	// A larger limit reads the huge file.
	res = Scan([]Root{{Dir: root, Recursive: true}}, Options{MaxSize: 2 * DefaultMaxSize})
	if !slices.ContainsFunc(res.Files, func(f *File) bool { return filepath.Base(f.Path) == "huge.yaml" }) {
		t.Errorf("MaxSize: huge.yaml not scanned")
	}
}

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestRootsOf(t *testing.T) {
	roots, others := RootsOf([]string{".", "./...", "./cmd/...", "./cmd/.../x", "../other", "/abs/dir/...", "example.com/m/...", "std", "..", "../.."})
	want := []Root{{".", false}, {".", true}, {"cmd", true}, {"cmd", true}, {"../other", false}, {"/abs/dir", true}, {"..", false}, {"../..", false}}
	if !slices.Equal(roots, want) {
		t.Errorf("roots %v, want %v", roots, want)
	}
	if !slices.Equal(others, []string{"example.com/m/...", "std"}) {
		t.Errorf("others %q", others)
	}
}

// TestScanDirectory: a directory pattern without /... covers that
// directory only.
func TestScanDirectory(t *testing.T) {
	root := t.TempDir()
	write(t, root, "a.env", "URL=https://api.whispir.com\n")
	write(t, root, "sub/b.env", "URL=https://api.whispir.com\n")
	res := Scan([]Root{{Dir: root}}, Options{})
	if len(res.Files) != 1 || filepath.Base(res.Files[0].Path) != "a.env" {
		t.Errorf("files %v, want a.env alone", res.Files)
	}
}

// TestGoLiterals: -region=auto reads the regional hosts in Go string
// literals too, test files only when asked.
func TestGoLiterals(t *testing.T) {
	root := t.TempDir()
	write(t, root, "a.go", "package a\n\nconst base = `https://api.nz.whispir.com`\nvar x = \"api.whispir.com\" // api.us.whispir.com in a comment\n")
	write(t, root, "a_test.go", "package a\n\nconst t = \"https://api.it.whispir.com/x\"\n")
	for _, tc := range []struct {
		tests bool
		want  []Use
	}{
		{false, []Use{{filepath.Join(root, "a.go"), 3, 14, "nz"}}},
		{true, []Use{{filepath.Join(root, "a.go"), 3, 14, "nz"}, {filepath.Join(root, "a_test.go"), 3, 11, "it"}}},
	} {
		res := Scan([]Root{{Dir: root}}, Options{GoLiterals: true, Tests: tc.tests})
		if !slices.Equal(res.Regional, tc.want) {
			t.Errorf("tests=%v: %v, want %v", tc.tests, res.Regional, tc.want)
		}
		if len(res.Files) != 0 {
			t.Errorf("findings in Go files: %v", res.Files[0])
		}
	}
}

func TestPrepareCommit(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.env", "URL=https://api.whispir.com\n")
	write(t, dir, "b.sh", "curl https://api.whispir.com/x\n")
	os.Chmod(filepath.Join(dir, "b.sh"), 0o750)
	changes := func() []Change {
		var cs []Change
		for _, f := range Scan([]Root{{Dir: dir}}, Options{Region: "au"}).Files {
			content, _ := f.Fixed()
			cs = append(cs, Change{f, content})
		}
		return cs
	}

	// A read-only file: nothing is written, no temporary file is left.
	os.Chmod(filepath.Join(dir, "a.env"), 0o444)
	if _, err := Prepare(changes()); !errors.Is(err, errNotWritable) {
		t.Errorf("read-only file: err = %v", err)
	}
	checkDir(t, dir, map[string]string{"a.env": "URL=https://api.whispir.com\n", "b.sh": "curl https://api.whispir.com/x\n"})

	// A file changed after the scan.
	os.Chmod(filepath.Join(dir, "a.env"), 0o644)
	cs := changes()
	write(t, dir, "b.sh", "curl https://api.whispir.com/y\n")
	if _, err := Prepare(cs); err == nil || !strings.Contains(err.Error(), "changed while whispirlint ran") {
		t.Errorf("changed file: err = %v", err)
	}
	checkDir(t, dir, map[string]string{"a.env": "URL=https://api.whispir.com\n", "b.sh": "curl https://api.whispir.com/y\n"})

	p, err := Prepare(changes())
	if err != nil {
		t.Fatal(err)
	}
	written, err := p.Commit()
	if err != nil || len(written) != 2 {
		t.Fatalf("Commit: %v, %v", written, err)
	}
	checkDir(t, dir, map[string]string{"a.env": "URL=https://api.au.whispir.com\n", "b.sh": "curl https://api.au.whispir.com/y\n"})
	if info, _ := os.Stat(filepath.Join(dir, "b.sh")); info.Mode().Perm() != 0o750 {
		t.Errorf("b.sh mode %v, want 0750", info.Mode().Perm())
	}
}

// checkDir checks that dir holds exactly the files want.
func checkDir(t *testing.T, dir string, want map[string]string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	if len(entries) != len(want) {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("files %q, want %d", names, len(want))
	}
	for name, content := range want {
		data, _ := os.ReadFile(filepath.Join(dir, name))
		if string(data) != content {
			t.Errorf("%s = %q, want %q", name, data, content)
		}
	}
}

func TestDiff(t *testing.T) {
	old := "a\nb\nURL=https://api.whispir.com\nc\nd\ne\nf\ng\nh\ni\nj\nk\nURL2=api.whispir.com"
	new := strings.ReplaceAll(old, "api.whispir", "api.au.whispir")
	want := `--- f.env (old)
+++ f.env (new)
@@ -1,6 +1,6 @@
 a
 b
-URL=https://api.whispir.com
+URL=https://api.au.whispir.com
 c
 d
 e
@@ -10,4 +10,4 @@
 i
 j
 k
-URL2=api.whispir.com
\ No newline at end of file
+URL2=api.au.whispir.com
\ No newline at end of file
`
	if got := Diff("f.env", []byte(old), []byte(new)); got != want {
		t.Errorf("Diff:\n%s\nwant:\n%s", got, want)
	}
	if got := Diff("f", []byte(old), []byte(old)); got != "" {
		t.Errorf("Diff of equal texts: %q", got)
	}
}
