package analyzer

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/mod/modfile"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/whispirlint/whispirlint/fixer"
)

// Importers the pass cannot see. A go/analysis pass sees its package and
// what it imports, never the packages that import it: a client package
// keeps the base URL, another package of the module adds the key to the
// URLs it builds from it (a query type of its own, a map literal, an
// option). Rewriting the host in the first package would leave those
// requests with the key in the query of a regional URL, which fails as
// surely as the retired host, and the pass that rewrote it could not tell.
// So before a package's retired hosts are rewritten, the other packages of
// its module are read (parsed, not type-checked, once per process) for the
// ones that import it, directly or not, and write the key parameter; if
// one does, no host of the package is rewritten. The importer's own pass
// declines, for the same reason, every site whose retired host is declared
// in another package (see importedLegacyHost).

// A modulePackage is what the scan records of one package directory.
type modulePackage struct {
	imports     map[string]bool // import paths, of all its files (tests too)
	keyedAt     string          // "file.go:line" where it writes the key parameter, or ""
	testKeyedAt string          // the same, in a _test.go file
	comparesAt  string          // "file.go:line" where it compares a retired host, or ""
	hostAt      string          // "file.go:line" where it writes a retired host, or ""
	whispirAt   string          // "file.go:line" where it writes a Whispir host, retired or regional, or ""
}

// A moduleIndex maps the import paths of a module's packages (and of their
// external test packages, path + "_test") to what the scan found.
type moduleIndex map[string]*modulePackage

var moduleIndexes sync.Map // root directory → func() moduleIndex (sync.OnceValue: passes run in parallel)

// keyedNeighbour returns where a package of the module that imports
// pkgPath, or that pkgPath imports (directly or through other packages of
// the module), writes the key parameter, as "path/file.go:line", or "", and
// whether that package is an importer. A
// host flows both ways: an importer builds URLs from the package's base,
// and the package puts its base into the fields of an imported client
// (config.Default{APIURL: …} read by notify/wechat, which adds the key).
//
// Under a whole-program driver (scope not nil), the packages it analyzes
// itself are left out: it knows better what they leave in a query.
func (idx moduleIndex) keyedNeighbour(pkgPath string, scope *Scope) (at string, importer bool) {
	users, deps := idx.connected(pkgPath)
	if at := idx.first(pkgPath, scope, func(p string, mp *modulePackage) string {
		if !users[p] {
			return ""
		}
		return mp.keyedAt
	}); at != "" {
		return at, true
	}
	return idx.first(pkgPath, scope, func(p string, mp *modulePackage) string {
		if !deps[p] {
			return ""
		}
		return mp.keyedAt
	}), false
}

// connectedHost returns where a package of the module that imports
// pkgPath, or that pkgPath imports, writes a Whispir host (retired or
// regional: var Base = "https://api.us.whispir.com"), as
// "path/file.go:line", or "": a key written here may go to it.
func (idx moduleIndex) connectedHost(pkgPath string) string {
	users, deps := idx.connected(pkgPath)
	return idx.first(pkgPath, nil, func(p string, mp *modulePackage) string {
		if !users[p] && !deps[p] {
			return ""
		}
		return mp.whispirAt
	})
}

// connected returns the packages of the module that import pkgPath (users,
// pkgPath included) and those pkgPath imports (deps), directly or through
// other packages of the module.
func (idx moduleIndex) connected(pkgPath string) (users, deps map[string]bool) {
	users = map[string]bool{pkgPath: true}
	for changed := true; changed; {
		changed = false
		for p, mp := range idx {
			if users[p] {
				continue
			}
			for imp := range mp.imports {
				if users[imp] {
					users[p], changed = true, true
					break
				}
			}
		}
	}
	deps = make(map[string]bool)
	for work := []string{pkgPath}; len(work) > 0; {
		mp := idx[work[len(work)-1]]
		work = work[:len(work)-1]
		if mp == nil {
			continue
		}
		for imp := range mp.imports {
			if _, ok := idx[imp]; ok && !deps[imp] && imp != pkgPath {
				deps[imp] = true
				work = append(work, imp)
			}
		}
	}
	return users, deps
}

// comparingPackage returns where another package of the module compares a
// retired host, as "path/file.go:line", or "": its pattern and pkgPath's
// hosts must move together.
func (idx moduleIndex) comparingPackage(pkgPath string, scope *Scope) string {
	return idx.first(pkgPath, scope, func(_ string, mp *modulePackage) string { return mp.comparesAt })
}

// otherHosts returns where another package of the module writes a retired
// host, as "path/file.go:line", or "".
func (idx moduleIndex) otherHosts(pkgPath string) string {
	return idx.first(pkgPath, nil, func(_ string, mp *modulePackage) string { return mp.hostAt })
}

// first returns the first, in order, of the places at gives for the
// packages of the module other than pkgPath (its external test package
// included: it imports pkgPath), or "". Under a whole-program driver
// (scope not nil) the packages it analyzes itself are left out (see
// Scope): the external test packages of its roots only when it analyzes
// tests.
func (idx moduleIndex) first(pkgPath string, scope *Scope, at func(p string, mp *modulePackage) string) string {
	var found []string
	for p, mp := range idx {
		base := strings.TrimSuffix(p, "_test")
		if p == pkgPath {
			continue
		}
		if scope != nil && scope.Roots[base] {
			if !scope.NoTests {
				continue
			}
			if p == base {
				// Have: a package the run analyzes without its test
				// files: only what they do is unseen.
				mp = &modulePackage{imports: mp.imports, keyedAt: mp.testKeyedAt, testKeyedAt: mp.testKeyedAt}
			}
		}
		if a := at(p, mp); a != "" {
			found = append(found, a)
		}
	}
	if len(found) == 0 {
		return ""
	}
	return slices.Min(found)
}

// moduleRoot returns the directory whose packages may import pkgPath from
// dir, and the import path of that directory: the module root holding a
// go.mod, or a GOPATH src directory (as analysistest lays out testdata).
func moduleRoot(dir, pkgPath string) (root, modPath string) {
	for d := dir; ; {
		if b, err := os.ReadFile(filepath.Join(d, "go.mod")); err == nil {
			if mp := modfile.ModulePath(b); mp != "" && (pkgPath == mp || strings.HasPrefix(pkgPath, mp+"/")) {
				return d, mp
			}
			break
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	// Have: GOPATH/src/crosspkg/a for package crosspkg/a.
	suffix := string(filepath.Separator) + filepath.FromSlash(pkgPath)
	if strings.HasSuffix(dir, suffix) {
		src := strings.TrimSuffix(dir, suffix)
		if filepath.Base(src) == "src" {
			return src, ""
		}
	}
	return "", ""
}

// ScanModuleOf scans now, once per process, the module of the package
// pkgPath whose first file is file, as the package's pass would when it
// needs to (see hostsHeldBy). A driver calls it before type-checking: the
// scan's syntax trees then come and go while the process holds little,
// not on top of a pass's trees and types, and the sources the driver
// shared (ShareSource) may be dropped afterwards.
func ScanModuleOf(file, pkgPath string) {
	if root, modPath := moduleRoot(filepath.Dir(file), pkgPath); root != "" {
		loadModuleIndex(root, modPath)
	}
}

func loadModuleIndex(root, modPath string) moduleIndex {
	v, _ := moduleIndexes.LoadOrStore(root, sync.OnceValue(func() moduleIndex { return scanModule(root, modPath) }))
	return v.(func() moduleIndex)()
}

// scanModule reads every package directory below root, leaving out
// vendor, testdata, hidden and nested modules. Files that mention the key
// parameter are parsed first, for the constants that hold it (const
// KeyParam = "apikey"); then every file, in full where it names the
// parameter or one of those constants.
func scanModule(root, modPath string) moduleIndex {
	type goFile struct {
		path, importPath string
		src              []byte
		keyed            bool // mentions the key parameter
		whispir          bool // mentions Whispir (a host it may compare)
	}
	var files []goFile
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			name := d.Name()
			if p != root {
				// Directories ./... leaves out but go run ./_examples/x
				// builds (_examples) are read too.
				if name == "vendor" || name == "testdata" || strings.HasPrefix(name, ".") {
					return filepath.SkipDir
				}
				if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil && modPath != "" {
					return filepath.SkipDir // another module
				}
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") {
			return nil
		}
		src, err := readSource(p)
		if err != nil {
			return nil
		}
		rel, err := filepath.Rel(root, filepath.Dir(p))
		if err != nil {
			return nil
		}
		importPath := path.Join(modPath, filepath.ToSlash(rel))
		found := mentionsFold(src)
		files = append(files, goFile{p, importPath, src, found&mentionsKey != 0, found&mentionsWhispir != 0})
		return nil
	})
	// No syntax tree is kept from one file to the next: the scan runs
	// inside a pass, whose own trees and types are the most memory the
	// process holds, and a module's keyed files may be most of it. A
	// keyed file that declares constants is parsed twice.
	consts := make(map[string]bool) // names of constants holding the key parameter, module-wide
	for _, gf := range files {
		if !gf.keyed || !bytes.Contains(gf.src, []byte("const")) {
			continue
		}
		if f, err := parser.ParseFile(token.NewFileSet(), gf.path, gf.src, parser.SkipObjectResolution); err == nil {
			for name := range keyParamConsts(f) {
				consts[name] = true
			}
		}
	}
	fset := token.NewFileSet()
	idx := make(moduleIndex)
	for _, gf := range files {
		var f *ast.File
		if gf.keyed {
			if kf, err := parser.ParseFile(fset, gf.path, gf.src, parser.SkipObjectResolution); err == nil {
				f = kf
			}
		}
		if f == nil && (gf.whispir || bytesMentionAny(gf.src, consts)) {
			f, _ = parser.ParseFile(fset, gf.path, gf.src, parser.SkipObjectResolution)
		}
		if f == nil {
			f, _ = parser.ParseFile(fset, gf.path, gf.src, parser.ImportsOnly|parser.SkipObjectResolution)
		}
		if f == nil {
			continue
		}
		key := gf.importPath
		if strings.HasSuffix(f.Name.Name, "_test") {
			key += "_test"
		}
		mp := idx[key]
		if mp == nil {
			mp = &modulePackage{imports: make(map[string]bool)}
			idx[key] = mp
		}
		for _, imp := range f.Imports {
			if p, err := strconv.Unquote(imp.Path.Value); err == nil {
				mp.imports[p] = true
			}
		}
		if test := strings.HasSuffix(gf.path, "_test.go"); mp.keyedAt == "" || test && mp.testKeyedAt == "" {
			if pos := keyWrite(f, consts, test); pos.IsValid() {
				at := path.Join(gf.importPath, filepath.Base(gf.path)) + ":" + strconv.Itoa(fset.Position(pos).Line)
				if mp.keyedAt == "" {
					mp.keyedAt = at
				}
				if test && mp.testKeyedAt == "" {
					mp.testKeyedAt = at
				}
			}
		}
		if mp.hostAt == "" && gf.whispir && !strings.HasSuffix(gf.path, "_test.go") {
			ast.Inspect(f, func(n ast.Node) bool {
				if lit, ok := n.(*ast.BasicLit); ok && mp.hostAt == "" && lit.Kind == token.STRING {
					if v, err := strconv.Unquote(lit.Value); err == nil && len(fixer.FindHosts(v)) > 0 {
						at := path.Join(gf.importPath, filepath.Base(gf.path)) + ":" + strconv.Itoa(fset.Position(lit.Pos()).Line)
						if mp.whispirAt == "" {
							mp.whispirAt = at
						}
						if legacyHostIn(v) != "" {
							mp.hostAt = at
						}
					}
				}
				return mp.hostAt == ""
			})
		}
		if mp.comparesAt == "" && gf.whispir {
			if pos := hostCompare(f); pos.IsValid() {
				mp.comparesAt = path.Join(gf.importPath, filepath.Base(gf.path)) + ":" + strconv.Itoa(fset.Position(pos).Line)
			}
		}
	}
	return idx
}

// moduleWords are the words the module scan looks for in every file.
var moduleWords = newWordSet("apikey", "whispir")

// The bits of mentionsFold.
const (
	mentionsKey     = 1 << 0
	mentionsWhispir = 1 << 1
)

// mentionsFold returns which of moduleWords src holds (the bits
// mentionsKey, mentionsWhispir) as bytes.ToLower would find them: in any
// ASCII letter case, or with one of the two non-ASCII letters whose lower
// case is an ASCII one (the Kelvin sign, İ), when src has either.
func mentionsFold(src []byte) uint64 {
	if bytes.Contains(src, []byte("\u212a")) || bytes.Contains(src, []byte("\u0130")) {
		src = bytes.ToLower(src)
	}
	return moduleWords.find(src, 2)
}

// Sources a driver has read already. The standalone driver reads every
// file of the packages it loads (see ScanFile) before any pass asks for
// the module scan, which reads the same files again: it keeps them for the
// scan instead (ShareSource), up to maxShared bytes, each until the scan
// has taken it.
var shared struct {
	sync.Mutex
	files map[string][]byte
	size  int
}

const maxShared = 64 << 20

// ShareSource keeps src, the contents of the file name, for the module
// scan, while the sources kept are few enough.
func ShareSource(name string, src []byte) {
	shared.Lock()
	defer shared.Unlock()
	if shared.size+len(src) > maxShared {
		return
	}
	if shared.files == nil {
		shared.files = make(map[string][]byte)
	}
	if _, ok := shared.files[name]; !ok {
		shared.files[name] = src
		shared.size += len(src)
	}
}

// ForgetSources drops the sources kept by ShareSource.
func ForgetSources() {
	shared.Lock()
	defer shared.Unlock()
	shared.files, shared.size = nil, 0
}

// readSource returns the contents of the file name: those a driver shared,
// or else those read from disk.
func readSource(name string) ([]byte, error) {
	shared.Lock()
	src, ok := shared.files[name]
	if ok {
		delete(shared.files, name)
		shared.size -= len(src)
	}
	shared.Unlock()
	if ok {
		return src, nil
	}
	return os.ReadFile(name)
}

// bytesMentionAny reports whether src holds any of the names.
func bytesMentionAny(src []byte, names map[string]bool) bool {
	for name := range names {
		if bytes.Contains(src, []byte(name)) {
			return true
		}
	}
	return false
}

// keyWrite returns the position of the first place in f that may put the
// key parameter into a URL or a query, read from syntax alone: a literal
// naming the parameter ("apikey", "&apikey="), or one of the constants
// that hold it (consts, by name), anywhere but where it is only searched
// for or compared (strings.Contains, q.Get, a header of another API), and
// a struct tag that names it for a query encoder. A test file checks more
// than it sends: there only the writes count (the key of a composite
// literal, the first argument of Set or Add, an index assigned to, a
// literal with "apikey=" in a query).
func keyWrite(f *ast.File, consts map[string]bool, test bool) token.Pos {
	isName := func(e ast.Expr) bool {
		switch e := ast.Unparen(e).(type) {
		case *ast.BasicLit:
			v, err := strconv.Unquote(e.Value)
			return err == nil && e.Kind == token.STRING && (fixer.IsKeyParam(v) || !test && mentionsKeyParam(v))
		case *ast.Ident:
			return consts[e.Name]
		case *ast.SelectorExpr:
			return consts[e.Sel.Name]
		}
		return false
	}
	reads := make(map[ast.Node]bool) // mentions that only search or compare, or name a command-line flag
	flagPkgs := flagPackages(f)
	if len(flagPkgs) > 0 && enumeratesFlags(f) {
		flagPkgs = nil // Have: flag.VisitAll(...): flags named at run time may reach a query
	}
	var at token.Pos
	found := func(n ast.Node) {
		if !at.IsValid() && !reads[n] {
			at = n.Pos()
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		if at.IsValid() {
			return false
		}
		switch n := n.(type) {
		case *ast.GenDecl:
			if n.Tok == token.CONST {
				return false // the constants' own declarations (their uses count)
			}
		case *ast.Field:
			if n.Tag != nil && tagNamesKey(n.Tag.Value) {
				found(n.Tag)
			}
		case *ast.CallExpr:
			sel, ok := n.Fun.(*ast.SelectorExpr)
			if !ok {
				break
			}
			if isHeaderSelector(sel.X) || stringReads[sel.Sel.Name] || readMethods[sel.Sel.Name] || namesFlag(sel, flagPkgs) {
				for _, a := range n.Args {
					reads[ast.Unparen(a)] = true
				}
				break
			}
			if test && len(n.Args) == 2 && (sel.Sel.Name == "Set" || sel.Sel.Name == "Add") && isName(n.Args[0]) {
				found(n.Args[0])
			}
		case *ast.IndexExpr:
			if isHeaderSelector(n.X) {
				reads[ast.Unparen(n.Index)] = true
			}
		case *ast.KeyValueExpr:
			if test && isName(n.Key) {
				found(n.Key)
			}
		case *ast.CompositeLit:
			if isFlagType(n.Type, flagPkgs) {
				// Have: &cli.StringFlag{Name: "apiKey", ...}: a command-line flag.
				for _, elt := range n.Elts {
					if kv, ok := elt.(*ast.KeyValueExpr); ok && isIdentNamed(kv.Key, "Name") {
						reads[ast.Unparen(kv.Value)] = true
					}
				}
			}
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if ix, ok := lhs.(*ast.IndexExpr); test && ok && isName(ix.Index) && !isHeaderSelector(ix.X) {
					found(ix.Index)
				}
			}
		case *ast.BasicLit:
			v, err := strconv.Unquote(n.Value)
			if err == nil && n.Kind == token.STRING && fixer.FindKeyParam([]fixer.Part{{Text: v}}, false) {
				found(n)
			} else if !test && isName(n) {
				found(n)
			}
		case *ast.Ident, *ast.SelectorExpr:
			if !test && isName(n.(ast.Expr)) {
				found(n)
				return false
			}
		}
		return true
	})
	return at
}

// flagPackages returns the names under which f imports a package of
// command-line flags (flag, spf13/pflag, urfave/cli), each with its path.
func flagPackages(f *ast.File) map[string]string {
	names := make(map[string]string)
	for _, imp := range f.Imports {
		p, err := strconv.Unquote(imp.Path.Value)
		if err != nil {
			continue
		}
		if !isFlagPackage(p) {
			continue
		}
		name := path.Base(p)
		if strings.HasPrefix(p, "github.com/urfave/cli") {
			name = "cli" // github.com/urfave/cli/v2 is package cli
		}
		if imp.Name != nil {
			name = imp.Name.Name
		}
		names[name] = p
	}
	return names
}

// isFlagSetPackage reports whether path is flag or spf13/pflag, whose
// functions and FlagSet methods take a flag's name.
func isFlagSetPackage(path string) bool {
	return path == "flag" || path == "github.com/spf13/pflag"
}

// isFlagPackage reports whether path is a package of command-line flags:
// flag, spf13/pflag, or urfave/cli (any major version).
func isFlagPackage(path string) bool {
	return isFlagSetPackage(path) || strings.HasPrefix(path, "github.com/urfave/cli")
}

// namesFlag reports whether sel is a function of the flag or pflag package
// (flag.String("apiKey", "", "..."), flag.StringVar), or a method of the
// flag set a cobra command returns (cmd.Flags().String("apiKey", ...)):
// its first argument names a command-line flag, not a query parameter.
func namesFlag(sel *ast.SelectorExpr, flagPkgs map[string]string) bool {
	if x, ok := sel.X.(*ast.Ident); ok {
		p := flagPkgs[x.Name]
		return isFlagSetPackage(p) && flagDefinition.MatchString(sel.Sel.Name)
	}
	call, ok := sel.X.(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return false
	}
	inner, ok := call.Fun.(*ast.SelectorExpr)
	return ok && (inner.Sel.Name == "Flags" || inner.Sel.Name == "PersistentFlags") && strings.HasPrefix(sel.Sel.Name, "String")
}

// enumeratesFlags reports whether f looks flags up or walks them by name
// (Visit, VisitAll, Lookup, FlagNames), read from syntax alone.
func enumeratesFlags(f *ast.File) bool {
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			switch sel.Sel.Name {
			case "Visit", "VisitAll", "Lookup", "ShorthandLookup", "FlagNames", "LocalFlagNames":
				found = true
			}
		}
		return !found
	})
	return found
}

// isFlagType reports whether t is a flag type of urfave/cli (cli.StringFlag).
func isFlagType(t ast.Expr, flagPkgs map[string]string) bool {
	sel, ok := t.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	x, ok := sel.X.(*ast.Ident)
	return ok && strings.HasPrefix(flagPkgs[x.Name], "github.com/urfave/cli") && strings.HasSuffix(sel.Sel.Name, "Flag")
}

// hostCompare returns the position of the first retired host literal of f
// used as a pattern, read from syntax alone: an operand of == or !=, a
// case of a switch, a pattern argument of a strings or bytes function.
func hostCompare(f *ast.File) token.Pos {
	legacy := func(e ast.Expr) bool {
		lit, ok := ast.Unparen(e).(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return false
		}
		v, err := strconv.Unquote(lit.Value)
		return err == nil && legacyHostIn(v) != ""
	}
	var at token.Pos
	ast.Inspect(f, func(n ast.Node) bool {
		if at.IsValid() {
			return false
		}
		var pats []ast.Expr
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				pats = []ast.Expr{n.X, n.Y}
			}
		case *ast.CaseClause:
			pats = n.List
		case *ast.CallExpr:
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok {
				if pkg, ok := sel.X.(*ast.Ident); ok && (pkg.Name == "strings" || pkg.Name == "bytes") {
					for _, i := range patternFuncs[sel.Sel.Name] {
						if i < len(n.Args) {
							pats = append(pats, n.Args[i])
						}
					}
				}
			}
		}
		for _, e := range pats {
			if legacy(e) {
				at = e.Pos()
			}
		}
		return true
	})
	return at
}

// readMethods are the methods that only look up a query or header name.
var readMethods = map[string]bool{"Get": true, "Has": true, "Values": true, "Del": true}

// isHeaderSelector reports whether e reads, by its syntax, a request's or
// response's header map (req.Header, r.Header()): a header named apikey is
// another API's, not a query parameter.
func isHeaderSelector(e ast.Expr) bool {
	if call, ok := e.(*ast.CallExpr); ok {
		e = call.Fun
	}
	sel, ok := e.(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Header"
}

// keyParamConsts returns the constants of f whose value names the key
// parameter (const keyParam = "apikey", or "&apikey=").
func keyParamConsts(f *ast.File) map[string]bool {
	names := make(map[string]bool)
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, v := range vs.Values {
				lit, ok := v.(*ast.BasicLit)
				if !ok || i >= len(vs.Names) {
					continue
				}
				if s, err := strconv.Unquote(lit.Value); err == nil && (fixer.IsKeyParam(s) || mentionsKeyParam(s)) {
					names[vs.Names[i].Name] = true
				}
			}
		}
	}
	return names
}

// importedLegacyHost names what may give the URL of a WL02 site a retired
// host declared in another package, or returns "": a constant of another
// package holding one, or a string or URL variable of another package of
// this module. That package keeps its hosts while this one writes the key
// parameter (see keyedNeighbour), so moving the key here would leave the
// retired host behind. The site's function and the declarations of the
// names it is built from are searched.
func (p *passState) importedLegacyHost(cur inspector.Cursor, uses map[types.Object]bool) string {
	var roots []ast.Node
	if fn := outermostFunc(cur); fn != nil {
		roots = append(roots, fn)
	} else if spec := enclosingSpec(cur); spec != nil {
		roots = append(roots, spec)
	}
	for obj := range uses {
		roots = append(roots, p.sources(obj)...)
	}
	found := ""
	for _, root := range roots {
		ast.Inspect(root, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok || found != "" {
				return found == ""
			}
			obj := p.pass.TypesInfo.Uses[id]
			if obj == nil || obj.Pkg() == nil || obj.Pkg() == p.pass.Pkg || obj.Parent() != obj.Pkg().Scope() {
				return true
			}
			if s := p.cfg.scope; s != nil && s.Roots[obj.Pkg().Path()] && s.Held[obj.Pkg().Path()] == "" && !s.keeps(obj.Pkg().Path(), obj.Name()) {
				return true // Have: a package this run migrates with its hosts.
			}
			switch obj := obj.(type) {
			case *types.Const:
				if v, ok := constantString(obj.Val()); ok && legacyHostIn(v) != "" {
					found = obj.Pkg().Name() + "." + obj.Name()
				}
			case *types.Var:
				t := derefType(obj.Type())
				if (isStringType(t) || isNamed(t, "net/url", "URL")) && p.inThisModule(obj) {
					found = obj.Pkg().Name() + "." + obj.Name()
				}
			}
			return found == ""
		})
	}
	return found
}

// inThisModule reports whether obj is declared in a package of the module
// (or GOPATH tree) that holds the pass's package.
func (p *passState) inThisModule(obj types.Object) bool {
	root, _ := p.module()
	tf := p.pass.Fset.File(obj.Pos())
	return root != "" && tf != nil && strings.HasPrefix(tf.Name(), root+string(filepath.Separator))
}

// module returns, once per pass, the root of the module (or GOPATH tree)
// that holds the pass's package and its import path (see moduleRoot).
func (p *passState) module() (root, modPath string) {
	if p.modRoot == nil {
		p.modRoot = new([2]string)
		if len(p.pass.Files) > 0 {
			dir := filepath.Dir(p.pass.Fset.File(p.pass.Files[0].FileStart).Name())
			p.modRoot[0], p.modRoot[1] = moduleRoot(dir, p.pass.Pkg.Path())
		}
	}
	return p.modRoot[0], p.modRoot[1]
}

// moduleIndex returns the index of the pass's module, or nil outside one.
func (p *passState) moduleIndex() moduleIndex {
	root, modPath := p.module()
	if root == "" {
		return nil
	}
	return loadModuleIndex(root, modPath)
}
