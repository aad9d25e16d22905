package analyzer

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/whispirlint/whispirlint/fixer"
)

// Test files the pass cannot see, and files of the package that build
// constraints exclude from this build. A package is analyzed twice by most
// drivers: alone, and with its _test.go files. The first pass offers fixes
// that the second cannot veto, so it must itself keep clear of what those
// test files do: a test that sends a URL built from a package name with the
// key in the query, or that calls a URL helper, would be left with a host
// rewritten under it, or a request without its key. The test files of the
// same package are read (parsed, not type-checked) for the names they use
// and for mentions of the key parameter.

// unseenTests describes the in-package test files a pass does not hold.
type unseenTests struct {
	names   map[string]bool // identifiers the files use
	keyedAt string          // where one of them mentions the key parameter, or ""

	keyedIgnored bool // keyedAt is in a file build constraints exclude, not a test file
}

// testFilesUnseen reads, once per pass, the _test.go files of the
// package's directory that belong to the package but not to the pass.
func (p *passState) testFilesUnseen() *unseenTests {
	if p.unseen != nil {
		return p.unseen
	}
	p.unseen = &unseenTests{names: make(map[string]bool)}
	if len(p.pass.Files) == 0 {
		return p.unseen
	}
	var have []string
	for _, f := range p.pass.Files {
		have = append(have, p.pass.Fset.File(f.FileStart).Name())
	}
	dir := filepath.Dir(have[0])
	entries, err := os.ReadDir(dir)
	if err != nil {
		return p.unseen
	}
	var unseen []string
	for _, e := range entries {
		name := filepath.Join(dir, e.Name())
		if !e.IsDir() && strings.HasSuffix(e.Name(), "_test.go") && !slices.Contains(have, name) {
			unseen = append(unseen, name)
		}
	}
	// Have: files excluded from this build by constraints (another GOOS,
	// a tag, //go:build ignore): another build holds them, with names the
	// fix may rewrite under them.
	for _, name := range p.pass.IgnoredFiles {
		if strings.HasSuffix(name, ".go") && !slices.Contains(unseen, name) {
			unseen = append(unseen, name)
		}
	}
	fset := token.NewFileSet()
	for _, name := range unseen {
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil || f.Name.Name != p.pass.Pkg.Name() {
			continue // an external test package (p_test) imports the package: see keyedNeighbour
		}
		reads := readArgs(f)
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Ident:
				p.unseen.names[n.Name] = true
			case *ast.BasicLit:
				if reads[n] {
					break // Have: r.URL.Query().Get("apikey"): a read adds no key
				}
				if v, err := strconv.Unquote(n.Value); err == nil && n.Kind == token.STRING && p.unseen.keyedAt == "" &&
					fixer.MentionsKeyParam(v) && mentionsKeyParam(v) {
					p.unseen.keyedAt = filepath.Base(name) + ":" + strconv.Itoa(fset.Position(n.Pos()).Line)
					p.unseen.keyedIgnored = !strings.HasSuffix(name, "_test.go")
				}
			}
			return true
		})
	}
	return p.unseen
}

// readArgs returns the literals that name what a call only reads
// (see readsArg).
func readArgs(f *ast.File) map[*ast.BasicLit]bool {
	reads := make(map[*ast.BasicLit]bool)
	ast.Inspect(f, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && len(call.Args) > 0 && readsArg(call, call.Args[0]) {
			if lit, ok := call.Args[0].(*ast.BasicLit); ok {
				reads[lit] = true
			}
		}
		return true
	})
	return reads
}
