package main

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// A site is a key site: a string literal of the rehosted library that puts
// the key into a query, that is a literal equal to "apikey" (a parameter
// name: q.Set("apikey", key), url.Values{"apikey": ...}) or containing
// "apikey=" (a URL or format: "...?apikey=%s"). The rehost rules rename the
// library's own key parameter to apikey, so after the rehost these literals
// are exactly the places that name the key parameter. Only non-test files
// of the measured packages count.
type site struct {
	File      string // relative to the module root, slash-separated
	Line, Col int
	Decl      string // the top-level declaration holding the literal
	DeclStart int    // its first and last line
	DeclEnd   int
	Value     string // the literal's value
	// Uses are the lines, in the same package, that name the constant or
	// variable the literal initialises (a key parameter kept in a constant
	// is reported where it is used).
	Uses []use `json:",omitempty"`
}

type use struct {
	File string
	Line int
}

func isKeyLiteral(v string) bool {
	return v == "apikey" || strings.Contains(v, "apikey=")
}

func printSites(dir string, patterns []string) error {
	sites, err := findSites(dir, patterns)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(sites)
}

func findSites(dir string, patterns []string) ([]site, error) {
	sites := []site{}
	pkgs := map[string][]parsed{} // package directory -> its files
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !isLibrarySource(path) {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if !matchesAny(rel, patterns) {
			return nil
		}
		p, err := parse(path, rel)
		if err != nil {
			return err
		}
		pkg := filepath.Dir(rel)
		pkgs[pkg] = append(pkgs[pkg], p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, files := range pkgs {
		for _, f := range files {
			for _, s := range f.sites() {
				s.Uses = uses(files, s.names)
				sites = append(sites, s.site)
			}
		}
	}
	sort.Slice(sites, func(i, j int) bool {
		if sites[i].File != sites[j].File {
			return sites[i].File < sites[j].File
		}
		return sites[i].Line < sites[j].Line
	})
	return sites, nil
}

type parsed struct {
	rel  string
	fset *token.FileSet
	file *ast.File
}

func parse(path, rel string) (parsed, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
	return parsed{rel, fset, f}, err
}

// uses lists the lines of files that mention one of names outside the
// declaration of the name itself.
func uses(files []parsed, names []string) []use {
	var us []use
	if len(names) == 0 {
		return nil
	}
	for _, p := range files {
		ast.Inspect(p.file, func(n ast.Node) bool {
			if spec, ok := n.(*ast.ValueSpec); ok {
				// Not a use: the declaration; its values may still use others.
				for _, v := range spec.Values {
					ast.Inspect(v, func(n ast.Node) bool { us = appendUse(us, p, n, names); return true })
				}
				return false
			}
			us = appendUse(us, p, n, names)
			return true
		})
	}
	return us
}

func appendUse(us []use, p parsed, n ast.Node, names []string) []use {
	if id, ok := n.(*ast.Ident); ok && slices.Contains(names, id.Name) {
		us = append(us, use{p.rel, p.fset.Position(id.Pos()).Line})
	}
	return us
}

// matchesAny reports whether the file rel lies in a package that one of the
// go-style patterns (".", "./x", "./x/...", "./...") matches.
func matchesAny(rel string, patterns []string) bool {
	pkg := filepath.ToSlash(filepath.Dir(rel))
	for _, p := range patterns {
		if p == "." {
			p = ""
		}
		p = strings.TrimPrefix(p, "./")
		if rest, ok := strings.CutSuffix(p, "..."); ok {
			rest = strings.TrimSuffix(rest, "/")
			if rest == "" || pkg == rest || strings.HasPrefix(pkg, rest+"/") {
				return true
			}
			continue
		}
		if p == "" {
			p = "."
		}
		if pkg == p {
			return true
		}
	}
	return false
}

// namedSite is a site with the names of the package-level constants or
// variables whose value holds the literal.
type namedSite struct {
	site
	names []string
}

func (p parsed) sites() []namedSite {
	fset, rel := p.fset, p.rel
	var sites []namedSite
	for _, decl := range p.file.Decls {
		name := declName(decl)
		start, end := fset.Position(decl.Pos()).Line, fset.Position(decl.End()).Line
		var names []string // of the value spec being walked, in a GenDecl
		ast.Inspect(decl, func(n ast.Node) bool {
			if spec, ok := n.(*ast.ValueSpec); ok {
				if _, top := decl.(*ast.GenDecl); top {
					names = names[:0]
					for _, id := range spec.Names {
						names = append(names, id.Name)
					}
				}
			}
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			v, err := strconv.Unquote(lit.Value)
			if err != nil || !isKeyLiteral(v) {
				return true
			}
			pos := fset.Position(lit.Pos())
			sites = append(sites, namedSite{site{rel, pos.Line, pos.Column, name, start, end, v, nil}, slices.Clone(names)})
			return true
		})
	}
	return sites
}

// declName names a top-level declaration: "(T).M", "F", or the names its
// specs declare ("const a,b").
func declName(decl ast.Decl) string {
	switch d := decl.(type) {
	case *ast.FuncDecl:
		if d.Recv != nil && len(d.Recv.List) == 1 {
			return "(" + types(d.Recv.List[0].Type) + ")." + d.Name.Name
		}
		return d.Name.Name
	case *ast.GenDecl:
		var names []string
		for _, s := range d.Specs {
			switch s := s.(type) {
			case *ast.ValueSpec:
				for _, n := range s.Names {
					names = append(names, n.Name)
				}
			case *ast.TypeSpec:
				names = append(names, s.Name.Name)
			}
		}
		return d.Tok.String() + " " + strings.Join(names, ",")
	}
	return "?"
}

func types(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return "*" + types(e.X)
	case *ast.Ident:
		return e.Name
	case *ast.IndexExpr:
		return types(e.X)
	case *ast.IndexListExpr:
		return types(e.X)
	}
	return "?"
}
