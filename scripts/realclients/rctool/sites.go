package main

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
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
		found, err := fileSites(path, rel)
		sites = append(sites, found...)
		return err
	})
	return sites, err
}

// matchesAny reports whether the file rel lies in a package that one of the
// go-style patterns (".", "./x", "./x/...", "./...") matches.
func matchesAny(rel string, patterns []string) bool {
	pkg := filepath.ToSlash(filepath.Dir(rel))
	for _, p := range patterns {
		p = strings.TrimPrefix(strings.TrimPrefix(p, "./"), ".")
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

func fileSites(path, rel string) ([]site, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	var sites []site
	for _, decl := range f.Decls {
		name := declName(decl)
		start, end := fset.Position(decl.Pos()).Line, fset.Position(decl.End()).Line
		ast.Inspect(decl, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			v, err := strconv.Unquote(lit.Value)
			if err != nil || !isKeyLiteral(v) {
				return true
			}
			pos := fset.Position(lit.Pos())
			sites = append(sites, site{rel, pos.Line, pos.Column, name, start, end, v})
			return true
		})
	}
	return sites, nil
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
