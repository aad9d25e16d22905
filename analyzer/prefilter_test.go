package analyzer

import (
	"bytes"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// scanPackages scans a program given as import path → source files, and
// returns the package scans, resolving imports by path.
func scanPackages(t *testing.T, prog map[string][]string) map[string]*PackageScan {
	t.Helper()
	scans := make(map[string]*PackageScan)
	for path, files := range prog {
		ps := NewPackageScan(func(imp string) (string, *PackageScan) {
			if s := scans[imp]; s != nil {
				return imp[strings.LastIndex(imp, "/")+1:], s
			}
			return "", nil
		})
		for _, src := range files {
			fs, err := ScanFile([]byte(src))
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			ps.Add(fs)
		}
		scans[path] = ps
	}
	return scans
}

// mayReportProg is a program of packages, some of which have a
// finding only through another's constants.
var mayReportProg = map[string][]string{
	"base": {"package base\n\nconst Host = \"https://api.whispir.com\"\n\nconst KeyParam = \"api\" + \"key\"\n"},
	// The only evidence is in base: an exported constant.
	"mid":    {"package mid\n\nimport \"base\"\n\nconst Messages = base.Host + \"/messages\"\n"},
	"client": {"package client\n\nimport \"mid\"\n\nvar U = mid.Messages\n"},
	"key":    {"package key\n\nimport \"base\"\n\nfunc K() string { return base.KeyParam }\n"},
	// A word no literal holds, built in the package.
	"split":  {"package split\n\nconst host = \"api.whis\" + \"pir.com\"\n"},
	"splitc": {"package splitc\n\nconst a = \"api.whis\"\n\nfunc F() string {\n\tconst b = a + suffix\n\treturn b\n}\n\nconst suffix = \"pir.com\"\n"},
	"rune":   {"package rune\n\nconst w = string(rune(119)) + \"hispir\"\n"},
	// Exports a split word: its importer may use it.
	"splitx": {"package splitx\n\nconst Host = \"api.whis\" + Rest\n\nconst Rest = \"pir.com\"\n"},
	"usesx":  {"package usesx\n\nimport \"splitx\"\n\nvar H = splitx.Host\n"},
	"dot":    {"package dot\n\nimport . \"base\"\n\nvar H = Host\n"},
	// Hints in identifiers and directives.
	"ident":    {"package ident\n\nfunc whispirSend() {}\n"},
	"net/http": {"package http\n\ntype Request struct{}\n\nfunc (r *Request) SetBasicAuth(username, password string) {}\n"},
	// SetBasicAuth where WL11 may report it: a constant password,
	// wherever it is declared.
	"basiclit":    {"package basiclit\n\nimport \"net/http\"\n\nfunc F(r *http.Request, u string) { r.SetBasicAuth(u, \"hunter2\") }\n"},
	"basicconst":  {"package basicconst\n\nconst pw = \"hunter2\"\n", "package basicconst\n\nimport \"net/http\"\n\nfunc F(r *http.Request, u string) { r.SetBasicAuth(u, pw) }\n"},
	"creds":       {"package creds\n\nconst Password = \"hunter2\"\n\ntype Secret string\n\nfunc Lookup(k string) string { return k }\n"},
	"basicimport": {"package basicimport\n\nimport (\n\t\"creds\"\n\t\"net/http\"\n)\n\nfunc F(r *http.Request, u string) { r.SetBasicAuth(u, creds.Password) }\n"},
	"basicconv":   {"package basicconv\n\nimport (\n\t\"creds\"\n\t\"net/http\"\n)\n\nfunc F(r *http.Request, u string) { r.SetBasicAuth(u, string(creds.Secret(\"x\"))) }\n"},
	"basiclen":    {"package basiclen\n\nimport \"net/http\"\n\nvar buf [104]byte\n\nfunc F(r *http.Request, u string) { r.SetBasicAuth(u, string(rune(len(buf)))) }\n"},
	"basicopen":   {"package basicopen\n\nimport \"net/http\"\n\nfunc F(r *http.Request, u string) { (r.SetBasicAuth)(u, \"x\") }\n"},
	// SetBasicAuth where it cannot: variables, fields, calls.
	"basicauth":  {"package basicauth\n\nimport \"net/http\"\n\nfunc F(r *http.Request, u, p string) { r.SetBasicAuth(u, p) }\n"},
	"basicfield": {"package basicfield\n\nimport \"net/http\"\n\ntype C struct{ User, Pass string }\n\nfunc F(r *http.Request, c C) { r.SetBasicAuth(c.User, c.Pass) }\n"},
	"basicenv":   {"package basicenv\n\nimport (\n\t\"creds\"\n\t\"net/http\"\n)\n\nfunc F(r *http.Request, u string) { r.SetBasicAuth(u, creds.Lookup(\"PASSWORD\")) }\n"},
	"basicdecl":  {"package basicdecl\n\ntype T struct{}\n\nfunc (T) SetBasicAuth(user, password string) {}\n"},
	"directive":  {"package directive\n\nfunc F() {} //nolint\n"},
	"escaped":    {"package escaped\n\nvar u = \"api.\\x77hispir.com\"\n"},
	// A predeclared numeric name declared again: its calls may build strings.
	"shadow":      {"package shadow\n\ntype byte string\n\nconst w = byte(\"whis\") + byte(\"pir\")\n"},
	"shadowblock": {"package shadowblock\n\ntype (\n\tT struct{ f func(int) }\n\tlen string\n)\n\nconst w = len(\"whis\") + len(\"pir\")\n"},
	// Nothing a finding needs.
	"numeric":  {"package numeric\n\nconst magic = \"crc\\x01\"\n\nconst Size = len(magic) + 4\n\nconst big = uint64(1)<<63 + 1\n", "package numeric\n\nimport \"unsafe\"\n\ntype h struct{ buf [4]byte }\n\nconst size = unsafe.Sizeof(h{}) + uintptr(-int(unsafe.Sizeof(h{}))&7)\n\nfunc F(x h) int {\n\tconst n = len(x.buf) + 1\n\treturn n\n}\n"},
	"plain":    {"package plain\n\nimport \"numeric\"\n\nconst n = numeric.Size + 1\n\nfunc F() string { return \"https://example.com/?page=1\" }\n"},
	"comments": {"package comments\n\n// Whispir's apikey is not read here.\nfunc F() {}\n"},
	"unexport": {"package unexport\n\nconst prefix = \"Basic \"\n"},
	"usesunex": {"package usesunex\n\nimport \"unexport\"\n\nvar _ = unexport.X\n"},
	// Imports base, uses none of its hinted constants.
	"other": {"package other\n\nimport \"base\"\n\nvar _ = base.Other\n"},
}

// TestMayReport: a package is analyzed where its own tokens hold a hint or
// a directive, or a constant it may use may hold a hinted value, however
// that value is built; and left out where no constant can.
func TestMayReport(t *testing.T) {
	scans := scanPackages(t, mayReportProg)
	for path, want := range map[string]bool{
		"base": true, "mid": true, "client": true, "key": true,
		"split": true, "splitc": true, "rune": true, "splitx": true, "usesx": true, "dot": true,
		"ident": true, "shadow": true, "shadowblock": true, "directive": true, "escaped": true,
		"basiclit": true, "basicconst": true, "basicimport": true, "basicconv": true, "basiclen": true, "basicopen": true,
		"basicauth": false, "basicfield": false, "basicenv": false, "basicdecl": false,
		"numeric": false, "plain": false, "comments": false, "usesunex": false, "other": false,
	} {
		if got := scans[path].MayReport(); got != want {
			t.Errorf("MayReport(%s) = %v, want %v", path, got, want)
		}
	}
	for path, want := range map[string]bool{
		"base": true, "mid": true, "splitx": true, "split": false, "unexport": false, "numeric": false, "client": false,
	} {
		if got := scans[path].MayExportHint(); got != want {
			t.Errorf("MayExportHint(%s) = %v, want %v", path, got, want)
		}
	}
}

// TestScanFileHintsAsFileHints: on every testdata file, the token scan
// finds a hint where the analyzer's own walk of the syntax does (the same
// literalHints and identHints, over tokens instead of nodes).
func TestScanFileHintsAsFileHints(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "src", "*", "*.go"))
	if err != nil || len(files) < 20 {
		t.Fatalf("testdata files: %d, %v", len(files), err)
	}
	hinted := 0
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, src, parser.ParseComments)
		if err != nil {
			continue // a testdata file that does not parse on purpose
		}
		var want hints
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BasicLit:
				if n.Kind == token.STRING {
					want |= literalHints(n.Value)
				}
			case *ast.Ident:
				want |= identHints(n.Name)
			case *ast.CallExpr:
				// Have: x.SetBasicAuth(u, "literal"), a constant password.
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "SetBasicAuth" && len(n.Args) == 2 {
					if _, ok := n.Args[1].(*ast.BasicLit); ok {
						want |= hintCredential
					}
				}
			}
			return true
		})
		fs, err := ScanFile(src)
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
		// The token scan leaves it to the package whether the password
		// of a call of SetBasicAuth may be a constant, and finds more
		// literals in one (string("x")).
		if got := fs.Hinted || len(fs.basicAuth) > 0; want != 0 && !got || want == 0 && fs.Hinted && !bytes.Contains(src, []byte("SetBasicAuth")) {
			t.Errorf("%s: ScanFile hinted %v (SetBasicAuth calls to decide: %d), the syntax walk %v", name, fs.Hinted, len(fs.basicAuth), want != 0)
		}
		if want != 0 {
			hinted++
		}
	}
	if hinted == 0 {
		t.Fatal("no testdata file has a hint: the comparison checked nothing")
	}
}

// TestScanPlainAsTokens: on the files of the standard library and of
// testdata that plainFile lets through, the scan of imports and bytes
// says what the scan of every token says, with at least the same names
// after a dot.
func TestScanPlainAsTokens(t *testing.T) {
	var files []string
	for _, root := range []string{filepath.Join(runtime.GOROOT(), "src"), filepath.Join("..", "testdata")} {
		filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".go") {
				files = append(files, p)
			}
			return nil
		})
	}
	if testing.Short() && len(files) > 2000 {
		files = files[:2000]
	}
	plain := 0
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if hintWordIn(src) != (stringHints(string(src)) != 0) {
			t.Errorf("%s: hintWordIn %v, stringHints %v", name, hintWordIn(src), stringHints(string(src)))
		}
		if !plainFile(src) {
			continue
		}
		want, err := scanTokens(src)
		if err != nil {
			continue // not Go
		}
		if _, err := parser.ParseFile(token.NewFileSet(), name, src, parser.SkipObjectResolution); err != nil {
			continue // not Go: a compiler's test of its errors
		}
		got, err := scanPlain(src)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		plain++
		if want.Hinted || want.Directive || want.unknown || len(want.specs) > 0 {
			t.Errorf("%s: plain, but the token scan found hinted %v, directive %v, unknown %v, %d constant declarations",
				name, want.Hinted, want.Directive, want.unknown, len(want.specs))
		}
		if !slices.Equal(got.imports, want.imports) {
			t.Errorf("%s: imports %v, the token scan %v", name, got.imports, want.imports)
		}
		for n := range want.selectors {
			if !got.selectors[n] {
				t.Errorf("%s: no selector %s, which the token scan found", name, n)
			}
		}
	}
	if plain < 100 {
		t.Fatalf("only %d plain files of %d: the comparison checked too little", plain, len(files))
	}
	t.Logf("%d plain files of %d", plain, len(files))
}

// TestPlainFileRefuses: each thing the token scan looks for keeps a file
// off the plain path, wherever it hides.
func TestPlainFileRefuses(t *testing.T) {
	const head = "package p\n\nimport \"net/http\"\n\n"
	for _, src := range []string{
		head + "const n = 1\n",
		head + "var u = \"https://api.WHISPIR.com\"\n",
		head + "var u = \"api.\\x77hispir.com\"\n",
		head + "var u = \"api.\\u0077hispir.com\"\n",
		head + "var u = \"api.\\167hispir.com\"\n",
		head + "var u = `whis\rpir`\n",
		head + "func F(r *http.Request) { r.SetBasicAuth(u, p) }\n",
		head + "func F() {} //nolint\n",
		head + "type byte string\n",
		head + "type /* c */ len string\n",
		head + "type (\n\tT int\n)\n",
		head + "func\tlen(s string) string { return s }\n",
		head + "// whispir\nfunc F() {}\n",
	} {
		if plainFile([]byte(src)) {
			t.Errorf("plainFile(%q) = true", src)
		}
	}
	for _, src := range []string{
		head + "func F(c *http.Client) { c.Get(\"https://example.com/\\n\") }\n",
		head + "type T struct{ n int }\n\nfunc (t T) len() int { return t.n }\n",
		head + "var typed, funcs = 1, 2\n",
	} {
		if !plainFile([]byte(src)) {
			t.Errorf("plainFile(%q) = false", src)
		}
	}
}

// TestMentionsFoldAsToLower: the module scan's word search without a
// lower-case copy finds what a search of the copy finds.
func TestMentionsFoldAsToLower(t *testing.T) {
	srcs := []string{"apikey", "APIKEY", "apiKey", "api\u212aey", "wh\u0130spir", "WHISPIR", "whisp1r", "api_key", "x", ""}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "src", "*", "*.go"))
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, string(src))
	}
	for _, src := range srcs {
		for word, bit := range map[string]uint64{"apikey": mentionsKey, "whispir": mentionsWhispir} {
			want := bytes.Contains(bytes.ToLower([]byte(src)), []byte(word))
			if got := mentionsFold([]byte(src))&bit != 0; got != want {
				t.Errorf("mentionsFold(%.40q, %s) = %v, want %v", src, word, got, want)
			}
		}
	}
}

// eager answers every question about a package's constants at once, as the
// prefilter did before it asked name by name: the reference for
// TestConstNameAsEager.
type eager struct {
	strs, hinted map[*PackageScan]map[string]bool
}

func (e *eager) stringNames(ps *PackageScan) map[string]bool {
	if names, ok := e.strs[ps]; ok {
		return names
	}
	names := make(map[string]bool)
	e.strs[ps] = names
	for changed := true; changed; {
		changed = false
		for i := range ps.files {
			f := &ps.files[i]
			for j := range f.specs {
				if !e.stringish(ps, f, &f.specs[j], names) {
					continue
				}
				for _, n := range f.specs[j].names {
					if !names[n] {
						names[n], changed = true, true
					}
				}
			}
		}
	}
	return names
}

func (e *eager) stringish(ps *PackageScan, f *FileScan, sp *constSpec, names map[string]bool) bool {
	if sp.direct || sp.foreign || slices.ContainsFunc(sp.refs, func(r string) bool { return names[r] }) {
		return true
	}
	for _, q := range sp.quals {
		qs, ok := qualified(f, q[0], ps.imports)
		if !ok || e.stringNames(qs)[q[1]] {
			return true
		}
	}
	return false
}

func (e *eager) hintedNames(ps *PackageScan) map[string]bool {
	if names, ok := e.hinted[ps]; ok {
		return names
	}
	names := make(map[string]bool)
	e.hinted[ps] = names
	strs := e.stringNames(ps)
	for changed := true; changed; {
		changed = false
		for i := range ps.files {
			f := &ps.files[i]
			for j := range f.specs {
				sp := &f.specs[j]
				if !sp.top || !e.mayHint(ps, f, sp, names, strs) {
					continue
				}
				for _, n := range sp.names {
					if !names[n] {
						names[n], changed = true, true
					}
				}
			}
		}
	}
	return names
}

func (e *eager) mayHint(ps *PackageScan, f *FileScan, sp *constSpec, hinted, strs map[string]bool) bool {
	if sp.hinted || sp.foreign || sp.join && e.stringish(ps, f, sp, strs) ||
		slices.ContainsFunc(sp.refs, func(r string) bool { return hinted[r] }) {
		return true
	}
	for _, q := range sp.quals {
		if qs, ok := qualified(f, q[0], ps.imports); !ok || e.hintedNames(qs)[q[1]] {
			return true
		}
	}
	return false
}

// TestConstNameAsEager: on the standard library's packages (those net/http
// and os/exec import, directly or not), asking name by name answers what
// deciding every constant at once answers, for every constant.
func TestConstNameAsEager(t *testing.T) {
	ctxt := build.Default
	ctxt.CgoEnabled = false
	scans := make(map[string]*PackageScan)
	names := make(map[*PackageScan]string)
	var scan func(path string) *PackageScan
	scan = func(path string) *PackageScan {
		if ps, ok := scans[path]; ok {
			return ps
		}
		bp, err := ctxt.Import(path, "", 0)
		if err != nil {
			scans[path] = nil
			return nil
		}
		ps := NewPackageScan(func(imp string) (string, *PackageScan) {
			if imp == "unsafe" {
				return "", nil
			}
			if s := scan(imp); s != nil {
				return names[s], s
			}
			return "", nil
		})
		names[ps] = bp.Name
		for _, name := range bp.GoFiles {
			src, err := os.ReadFile(filepath.Join(bp.Dir, name))
			if err != nil {
				t.Fatal(err)
			}
			fs, err := ScanFile(src)
			if err != nil {
				fs = Unscanned()
			}
			ps.Add(fs)
		}
		scans[path] = ps
		for _, imp := range bp.Imports {
			scan(imp)
		}
		return ps
	}
	scan("net/http")
	scan("os/exec")
	packages, asked, _ := compareEager(t, scans)
	if packages < 100 || asked < 5000 {
		t.Fatalf("%d packages, %d constants: the comparison checked too little", packages, asked)
	}
	packages, asked, hinted := compareEager(t, scanPackages(t, mayReportProg))
	if hinted < 5 {
		t.Fatalf("%d packages, %d constants, %d hinted: the comparison checked too little", packages, asked, hinted)
	}
}

// compareEager checks that constName answers what eager does for every
// constant of the scans, and returns how many packages, constants and
// hinted constants it compared.
func compareEager(t *testing.T, scans map[string]*PackageScan) (packages, asked, hinted int) {
	t.Helper()
	e := &eager{make(map[*PackageScan]map[string]bool), make(map[*PackageScan]map[string]bool)}
	for path, ps := range scans {
		if ps == nil {
			continue
		}
		packages++
		strs, hints := e.stringNames(ps), e.hintedNames(ps)
		for n, decls := range ps.declared() {
			asked++
			if got := (constName{ps, n, true}).value(); got != strs[n] {
				t.Errorf("%s.%s: may be a string %v, eager %v", path, n, got, strs[n])
			}
			top := slices.ContainsFunc(decls, func(d specAt) bool { return d.sp.top })
			if got := (constName{ps, n, false}).value(); got != (top && hints[n]) {
				t.Errorf("%s.%s: may hold a hint %v, eager %v", path, n, got, hints[n])
			}
			if hints[n] {
				hinted++
			}
		}
	}
	t.Logf("%d packages, %d constants, %d hinted", packages, asked, hinted)
	return packages, asked, hinted
}

// TestShareSource: the module scan reads a shared file's contents once,
// from memory, and from disk after that.
func TestShareSource(t *testing.T) {
	defer ForgetSources()
	name := filepath.Join(t.TempDir(), "a.go")
	if err := os.WriteFile(name, []byte("package disk\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ShareSource(name, []byte("package shared\n"))
	for _, want := range []string{"package shared\n", "package disk\n"} {
		if got, err := readSource(name); err != nil || string(got) != want {
			t.Errorf("readSource = %q, %v; want %q", got, err, want)
		}
	}
	ShareSource(name, make([]byte, maxShared+1))
	if got, _ := readSource(name); string(got) != "package disk\n" {
		t.Errorf("a source over the limit was kept")
	}
}
