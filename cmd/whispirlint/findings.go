package main

import (
	"cmp"
	"errors"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"io"
	"maps"
	"os"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/whispirlint/whispirlint/analyzer"
	"github.com/whispirlint/whispirlint/internal/configscan"
)

// A report is what one analysis run found: the diagnostics of the root
// packages, without duplicates, sorted by position, and what the output
// modes need to know of each file.
type report struct {
	findings   []finding
	suppressed []finding                   // by directives in the source (SARIF suppressions)
	files      map[string]*fileInfo        // by file name on disk
	config     map[string]*configscan.File // configuration files with findings, by name (config.go)
	embedded   []string                    // the files the root packages embed (//go:embed), for the configuration scan
	broken     []brokenPackage             // root packages not analyzed: they do not load or type-check
	packages   int                         // packages analyzed, test variants not counted
	exclusions *exclusions                 // what the report leaves out, and -fix must not edit (exclude.go); nil: nothing
}

// A brokenPackage is a root package that does not load or type-check, with
// its errors as printed: it is reported as an error, the others are analyzed.
type brokenPackage struct {
	id     string
	errors []string
}

// fileInfo is what the driver keeps of a file of a root package.
type fileInfo struct {
	fset      *token.FileSet
	syntax    *ast.File
	pkg       *types.Package // for the import names the fixer may remove
	info      *types.Info    // for the constant values the masker hides
	generated bool           // no fix may touch it (as x/tools drivers)
}

// A finding is one diagnostic of the analyzer. pos and end are resolved
// against the files on disk (//line directives not applied), so they can
// be checked against, and converted with, the file's bytes; posn is where
// the text output and messages point (//line directives applied).
type finding struct {
	rule          string // the diagnostic's Category: a rule ID
	message       string
	pos, end      token.Position // !end.IsValid() when the diagnostic has no extent
	posn          token.Position
	pkgID         string // the first package that reported it
	related       []related
	fix           *fix   // the first suggested fix, nil if there is none
	justification string // why a directive suppressed it (suppressed findings only)
}

type related struct {
	pos, end token.Position
	posn     token.Position
	message  string
}

type fix struct {
	message string
	edits   []edit
}

// An edit replaces the bytes [pos, end) of pos.Filename with newText.
type edit struct {
	pos, end token.Position
	newText  string
}

// analyze loads patterns (from source only the packages where a finding
// can be: see prefilter.go) and runs a on the packages that load and
// type-check. The errors of the others are written
// to stderr, once each, and those packages are listed in the report's
// broken packages: the run reports them as errors (exit 1), and -fix,
// which migrates every package or none, refuses to run. Errors of the
// analysis itself make analyze fail.
func analyze(a *analysis.Analyzer, o *options, x *exclusions, stderr io.Writer, prog *progress) (*report, error) {
	prog.set("loading and type-checking " + strings.Join(o.patterns, " "))
	defer analyzer.ForgetSources() // those the prefilter shared with the module scan
	pkgs, roots, err := loadPackages(a, o)
	if err != nil {
		return nil, err
	}
	prog.set("")
	printPackageErrors(stderr, pkgs)
	good, broken := splitBroken(pkgs)
	if o.fix && len(broken) > 0 {
		return &report{broken: broken}, nil
	}
	// The roots not loaded from source are good: unsure ones were.
	all := good
	if len(roots) != len(pkgs) {
		all = slices.DeleteFunc(slices.Clone(roots), func(p *packages.Package) bool {
			return slices.ContainsFunc(broken, func(b brokenPackage) bool { return b.id == p.ID })
		})
	}
	prog.set(fmt.Sprintf("analyzing %s", plural(countPackages(good), "package")))
	r, err := analyzeWhole(a, good, all, x, o.tests, &checker.Options{
		Sequential:  strings.Contains(o.debug, "p"),
		SanityCheck: strings.Contains(o.debug, "s"),
	})
	if err != nil {
		return nil, err
	}
	r.embedded = nil // those of every root, analyzed or not
	for _, p := range all {
		r.embedded = append(r.embedded, p.EmbedFiles...)
	}
	slices.Sort(r.embedded)
	r.embedded = slices.Compact(r.embedded)
	r.broken = broken
	r.packages = countPackages(all)
	return r, nil
}

// countPackages is the number of packages among pkgs as the go command
// counts them: a package's test variants and test main are not counted.
func countPackages(pkgs []*packages.Package) int {
	paths := make(map[string]bool)
	for _, pkg := range pkgs {
		if !strings.HasSuffix(pkg.ID, ".test") {
			paths[strings.TrimSuffix(pkg.PkgPath, "_test")] = true
		}
	}
	return len(paths)
}

// splitBroken separates the root packages that load and type-check from
// those that do not (their own errors, or a module error).
func splitBroken(pkgs []*packages.Package) (good []*packages.Package, broken []brokenPackage) {
	cwd, _ := os.Getwd()
	for _, pkg := range pkgs {
		lines := packageErrorLines(cwd, pkg)
		if len(lines) == 0 && !pkg.IllTyped {
			good = append(good, pkg)
			continue
		}
		broken = append(broken, brokenPackage{pkg.ID, lines})
	}
	return good, broken
}

// brokenError is the error line of a run with broken packages.
func (r *report) brokenError() error {
	if len(r.broken) == 0 {
		return nil
	}
	return fmt.Errorf("%s did not load or type-check (errors above)", plural(len(r.broken), "package"))
}

// countLine is the last line of a report on stderr: how much was found in
// how much, and what could not be analyzed. A run is never silent, and
// stdout keeps the machine formats alone.
func (r *report) countLine() string {
	found := plural(len(r.findings), "finding")
	if len(r.findings) == 0 {
		found = "no findings"
	}
	line := fmt.Sprintf("whispirlint: %s in %s", found, plural(r.packages, "package"))
	if slices.ContainsFunc(r.findings, func(f finding) bool { return r.isConfig(f.pos.Filename) }) {
		line += " and their configuration files"
	}
	if err := r.brokenError(); err != nil {
		line += "; " + err.Error()
	}
	return line + "\n"
}

// analyzeWhole runs a on pkgs as one program: where a package keeps the
// API key in a query (a site left for a change by hand), the packages it
// imports must keep their retired hosts, which the analysis of those
// packages cannot see by itself. So the analysis runs again, with those
// packages held, until no more are and no package-level name keeps a
// retired host that an earlier round did not (see analyzer.Scope):
// usually once.
// roots are all the root packages of the run, pkgs among them (loaded from
// source) or not (see prefilter.go): the run may edit any of them.
func analyzeWhole(a *analysis.Analyzer, pkgs, roots []*packages.Package, x *exclusions, tests bool, opts *checker.Options) (*report, error) {
	scope := &analyzer.Scope{Roots: make(map[string]bool), Held: make(map[string]string), NoTests: !tests}
	x.scope(scope)
	for _, p := range roots {
		scope.Roots[p.PkgPath] = true
	}
	r, err := analyzePackages(analyzer.WithScope(a, scope), pkgs, opts)
	for err == nil {
		before := maps.Clone(scope.Held)
		holdImported(roots, scope)
		run := affected(pkgs, before, scope.Held, scope.NextRound())
		if len(run) == 0 {
			return r, nil
		}
		var again *report
		if again, err = analyzePackages(analyzer.WithScope(a, scope), run, opts); err == nil {
			r.replace(run, again)
		}
	}
	return nil, err
}

// affected returns the packages of pkgs that the next round must analyze
// again. A pass reads the scope only through its own package's entry in
// Held and the kept names of the packages it imports (analyzer.Scope): the
// packages newly held, and those that import, directly or not, a package
// with new kept names (keptIn), may get another result; the others would
// get the same.
func affected(pkgs []*packages.Package, before, held map[string]string, keptIn map[string]bool) []*packages.Package {
	var run []*packages.Package
	for _, p := range pkgs {
		_, was := before[p.PkgPath]
		_, is := held[p.PkgPath]
		again := is && !was || keptIn[p.PkgPath]
		for path := range keptIn {
			again = again || imports(p, path)
		}
		if again {
			run = append(run, p)
		}
	}
	return run
}

// replace replaces what r holds of the packages run, analyzed again, with
// what got holds of them.
func (r *report) replace(run []*packages.Package, got *report) {
	again := make(map[string]bool, len(run))
	for _, p := range run {
		again[p.ID] = true
	}
	keep := func(f finding) bool { return !again[f.pkgID] }
	r.findings = append(slices.DeleteFunc(r.findings, func(f finding) bool { return !keep(f) }), got.findings...)
	r.suppressed = append(slices.DeleteFunc(r.suppressed, func(f finding) bool { return !keep(f) }), got.suppressed...)
	slices.SortStableFunc(r.findings, compareFindings)
	slices.SortStableFunc(r.suppressed, compareFindings)
	maps.Copy(r.files, got.files)
}

// holdImported adds to scope.Held the packages, among those the run may
// edit and whose hosts it rewrites, that a package keeping a key in a query
// imports, directly or not, or that import it.
func holdImported(pkgs []*packages.Package, scope *analyzer.Scope) {
	keyed := scope.KeyedAt()
	// A retired host compared somewhere (r.URL.Host == "api.whispir.com")
	// must change with every URL of the program: when any stays, all stay.
	if compared := scope.Compared(); len(compared) > 0 && (scope.AnyPartial() || len(scope.Held) > 0) {
		var where string
		for p, at := range compared {
			if where == "" || p+at < where {
				where = p + " (" + at + ")"
			}
		}
		for _, p := range pkgs {
			if _, held := scope.Held[p.PkgPath]; !held && scope.Rewrites(p.PkgPath) {
				scope.Held[p.PkgPath] = "package " + where + " compares a retired host, and this run leaves some requests to it as they are: " +
					"the comparison must change with every URL it is compared with"
			}
		}
	}
	for _, p := range pkgs {
		at, ok := keyed[p.PkgPath]
		if !ok {
			continue
		}
		seen := make(map[*packages.Package]bool)
		var visit func(q *packages.Package)
		visit = func(q *packages.Package) {
			for _, imp := range q.Imports {
				if seen[imp] {
					continue
				}
				seen[imp] = true
				path := imp.PkgPath
				if _, held := scope.Held[path]; !held && path != p.PkgPath && scope.Roots[path] && scope.Rewrites(path) {
					scope.Held[path] = "package " + p.PkgPath + ", which uses this package, keeps the key in a query (" + at +
						"), which this run cannot migrate"
				}
				visit(imp)
			}
		}
		visit(p)
		// A host also flows into the packages that import it: a base kept
		// in another package's defaults (config.Default{APIURL: …}) reaches
		// the client here that adds the key.
		for _, q := range pkgs {
			path := q.PkgPath
			if _, held := scope.Held[path]; held || path == p.PkgPath || !scope.Roots[path] || !scope.Rewrites(path) || !imports(q, p.PkgPath) {
				continue
			}
			scope.Held[path] = "package " + p.PkgPath + ", which this package uses, keeps the key in a query (" + at +
				"), which this run cannot migrate"
		}
	}
}

// imports reports whether q imports the package path, directly or not.
func imports(q *packages.Package, path string) bool {
	seen := make(map[*packages.Package]bool)
	var visit func(q *packages.Package) bool
	visit = func(q *packages.Package) bool {
		for _, imp := range q.Imports {
			if imp.PkgPath == path {
				return true
			}
			if !seen[imp] {
				seen[imp] = true
				if visit(imp) {
					return true
				}
			}
		}
		return false
	}
	return visit(q)
}

// analyzePackages runs a on pkgs, which have no errors, in this process.
func analyzePackages(a *analysis.Analyzer, pkgs []*packages.Package, opts *checker.Options) (*report, error) {
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, opts)
	if err != nil {
		return nil, err
	}
	return collect(graph)
}

// A loader loads packages as the command line asks: with or without
// their tests, with the go command's build flags (-tags); the go command
// reads $GOFLAGS itself.
type loader struct {
	tests      bool
	buildFlags []string
	facts      bool // the analyzer uses facts: dependencies are loaded from source too
}

// syntaxMode mirrors the load of singlechecker (internal/checker.load).
func (l loader) syntaxMode() packages.LoadMode {
	mode := packages.LoadSyntax
	if l.facts {
		mode = packages.LoadAllSyntax
	}
	return mode | packages.NeedModule | packages.NeedEmbedFiles
}

func (l loader) load(mode packages.LoadMode, patterns []string) ([]*packages.Package, error) {
	cfg := &packages.Config{Mode: mode, Tests: l.tests, BuildFlags: l.buildFlags}
	pkgs, err := packages.Load(cfg, patterns...)
	if err == nil && len(pkgs) == 0 {
		err = fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	return pkgs, err
}

// loadPackages loads the packages of patterns for analysis. roots are all
// the root packages; pkgs, those loaded from source, to be analyzed: all
// of them when the analyzer uses facts or -debug=a asks, else those where
// it may report (see prefilter.go). Only whispirlint's analyzer is
// prefiltered: another (the no-op baseline, a test's) may report anywhere.
func loadPackages(a *analysis.Analyzer, o *options) (pkgs, roots []*packages.Package, err error) {
	l := loader{tests: o.tests, buildFlags: o.buildFlags, facts: needFacts(a)}
	if l.facts || !analyzer.Prefilters(a) || strings.Contains(o.debug, "a") {
		pkgs, err = l.load(l.syntaxMode(), o.patterns)
		return pkgs, pkgs, err
	}
	meta, err := l.load(loadMeta, o.patterns)
	if err != nil {
		return nil, nil, err
	}
	if !reloadable(meta) {
		pkgs, err = l.load(l.syntaxMode(), o.patterns)
		return pkgs, pkgs, err
	}
	selected := mayReport(meta, os.ReadFile)
	for _, p := range meta {
		if unsure(p) {
			selected[p.ID] = true
		}
	}
	if strings.Contains(o.debug, "v") {
		fmt.Fprintf(os.Stderr, "whispirlint: loading %d of %d packages from source: the others cannot have a finding\n", len(selected), len(meta))
	}
	scanModules(meta, selected)
	if pkgs, ok := checkSelected(meta, selected); ok {
		return pkgs, meta, nil
	}
	if strings.Contains(o.debug, "v") {
		fmt.Fprintf(os.Stderr, "whispirlint: a package has errors or no export data: loading with go/packages\n")
	}
	pkgs, err = loadSelected(l, meta, selected)
	return pkgs, meta, err
}

// needFacts reports whether a or an analyzer it requires uses facts, in
// which case dependencies must be loaded from source too.
func needFacts(a *analysis.Analyzer) bool {
	if len(a.FactTypes) > 0 {
		return true
	}
	return slices.ContainsFunc(a.Requires, needFacts)
}

// printPackageErrors writes the errors of pkgs and their dependencies to
// w, each once, and returns how many it wrote. A package and its test
// variant share their files, and go list and the type checker both report
// a compile error: the lines are written with paths relative to the working
// directory, without go list's "# package" headers, and deduplicated.
func printPackageErrors(w io.Writer, pkgs []*packages.Package) int {
	cwd, _ := os.Getwd()
	seen := make(map[string]bool)
	var lines []string
	packages.Visit(pkgs, nil, func(pkg *packages.Package) {
		for _, l := range packageErrorLines(cwd, pkg) {
			if !seen[l] {
				seen[l] = true
				lines = append(lines, l)
			}
		}
	})
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	return len(lines)
}

// packageErrorLines are the errors of pkg as printed: file names relative
// to cwd, without go list's "# package" headers, each once.
func packageErrorLines(cwd string, pkg *packages.Package) []string {
	var lines []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" && !slices.Contains(lines, s) {
			lines = append(lines, s)
		}
	}
	for _, err := range pkg.Errors {
		switch {
		case err.Kind == packages.ListError:
			for l := range strings.SplitSeq(err.Msg, "\n") {
				if !strings.HasPrefix(l, "# ") {
					add(strings.TrimPrefix(l, "./"))
				}
			}
		case err.Pos != "" && err.Pos != "-":
			add(displayPath(cwd, err.Pos) + ": " + err.Msg)
		default:
			add(err.Msg)
		}
	}
	if mod := pkg.Module; mod != nil && mod.Error != nil {
		add(mod.Error.Err)
	}
	return lines
}

// collect returns the report of the graph's roots. It fails if any action
// failed.
func collect(graph *checker.Graph) (*report, error) {
	var errs []error
	for act := range graph.All() {
		if act.Err != nil {
			errs = append(errs, fmt.Errorf("%s: %v", act, act.Err))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}

	r := &report{files: make(map[string]*fileInfo)}
	type key struct {
		file          string
		pos, end      int
		rule, message string
	}
	seen := make(map[key]bool)
	add := func(list *[]finding, f finding) {
		k := key{f.pos.Filename, f.pos.Offset, f.end.Offset, f.rule, f.message}
		if !seen[k] {
			seen[k] = true
			*list = append(*list, f)
		}
	}
	for _, act := range graph.Roots {
		pkg := act.Package
		r.embedded = append(r.embedded, pkg.EmbedFiles...)
		for _, f := range pkg.Syntax {
			name := pkg.Fset.File(f.FileStart).Name()
			if r.files[name] == nil {
				r.files[name] = &fileInfo{fset: pkg.Fset, syntax: f, pkg: pkg.Types, info: pkg.TypesInfo, generated: ast.IsGenerated(f)}
			}
		}
		for _, d := range act.Diagnostics {
			f := newFinding(pkg.Fset, d)
			f.pkgID = pkg.ID
			add(&r.findings, f)
		}
		if s, ok := act.Result.(*analyzer.Suppressed); ok && s != nil {
			for _, sf := range s.Findings {
				f := newFinding(pkg.Fset, sf.Diagnostic)
				f.pkgID = pkg.ID
				f.justification = cmp.Or(sf.Reason, sf.Directive)
				add(&r.suppressed, f)
			}
		}
	}
	slices.SortStableFunc(r.findings, compareFindings)
	slices.SortStableFunc(r.suppressed, compareFindings)
	return r, nil
}

func compareFindings(x, y finding) int {
	return cmp.Or(
		cmp.Compare(x.posn.Filename, y.posn.Filename),
		cmp.Compare(x.posn.Line, y.posn.Line),
		cmp.Compare(x.posn.Column, y.posn.Column),
		cmp.Compare(x.rule, y.rule),
		cmp.Compare(x.message, y.message),
	)
}

func newFinding(fset *token.FileSet, d analysis.Diagnostic) finding {
	f := finding{
		rule:    d.Category,
		message: d.Message,
		pos:     position(fset, d.Pos),
		end:     position(fset, d.End),
		posn:    fset.Position(d.Pos),
	}
	for _, r := range d.Related {
		f.related = append(f.related, related{position(fset, r.Pos), position(fset, r.End), fset.Position(r.Pos), r.Message})
	}
	if len(d.SuggestedFixes) > 0 {
		sf := d.SuggestedFixes[0]
		fx := &fix{message: sf.Message}
		for _, e := range sf.TextEdits {
			end := e.End
			if !end.IsValid() { // an insertion
				end = e.Pos
			}
			fx.edits = append(fx.edits, edit{position(fset, e.Pos), position(fset, end), string(e.NewText)})
		}
		f.fix = fx
	}
	return f
}

// position is the position of p in the file on disk; the zero Position
// (not valid) for token.NoPos.
func position(fset *token.FileSet, p token.Pos) token.Position {
	if !p.IsValid() {
		return token.Position{}
	}
	return fset.PositionFor(p, false)
}

// editedFiles returns the files fx edits, in the order of its edits.
func (fx *fix) editedFiles() []string {
	var files []string
	for _, e := range fx.edits {
		if !slices.Contains(files, e.pos.Filename) {
			files = append(files, e.pos.Filename)
		}
	}
	return files
}
