package main

// This file is the go vet -vettool / go fix -fixtool protocol: -V=full,
// -flags, and one package described by a .cfg file per run.
//
// The go command runs the tool on every dependency of the packages it
// reports on, only for the facts they export (VetxOnly). whispirlint
// exports no facts, so such a run writes an empty .vetx file and does no
// parsing or type checking at all (see vetxOnly); the packages go vet
// reports on import their dependencies' types from the compiler's export
// data, which the go command passes as well (PackageFile). For those
// packages whispirlint runs the analysis with the same checker as the
// standalone command, so that what it prints (-json for go vet's own
// report, -fix -diff, messages) is masked like the standalone output and
// its diffs carry exact hunk headers. unitchecker prints those itself and
// offers no hook.

import (
	"archive/zip"
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"
	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"

	"github.com/whispirlint/whispirlint/analyzer"
)

// vetConfig is the part of unitchecker.Config this driver reads.
type vetConfig struct {
	ID            string
	Compiler      string
	ImportPath    string
	GoVersion     string
	GoFiles       []string
	NonGoFiles    []string
	IgnoredFiles  []string
	ModulePath    string
	ModuleVersion string
	ImportMap     map[string]string
	PackageFile   map[string]string
	PackageVetx   map[string]string
	VetxOnly      bool
	VetxOutput    string
	Stdout        string
	FixArchive    string
}

// vetMain answers go vet: -V=full, -flags, or one .cfg unit.
func vetMain(a *analysis.Analyzer, args []string, stdout, stderr io.Writer) int {
	o, err := parseArgs(a, args)
	if err == nil && o.listFlags {
		return printFlagsJSON(stdout, o)
	}
	if err == nil && o.versionFull != "" {
		// Never fails on the configuration: go vet would print its own
		// "error obtaining buildID" noise after the error. A bad
		// $WHISPIR_REGION is in the digest -V=full prints, and each
		// package's run reports it (once per go vet run: vetConfigError).
		return printVersionFull(stdout, stderr, a, o.versionFull)
	}
	if autoRegion(args) {
		err = errors.New("-region=auto works in standalone runs only (it reads the module's files, which go vet does not pass to a vet tool): give the region with -region=REGION or $" + analyzer.RegionEnv)
	}
	if err == nil {
		err = o.check(os.Getenv)
	}
	if err != nil {
		return vetConfigError(a, args, err, stderr)
	}
	switch {
	case len(o.patterns) != 1 || !strings.HasSuffix(o.patterns[0], ".cfg"):
		return failf(stderr, "go vet passes one .cfg file; got %q", o.patterns)
	}
	file := o.patterns[0]
	cfg, err := readVetConfig(file)
	if err != nil {
		return failf(stderr, "%v", err)
	}
	if cfg.VetxOnly {
		return vetxOnly(a, file, cfg, stderr)
	}
	return vetUnit(a, o, cfg, stdout, stderr)
}

// autoRegion reports whether args (go vet's, up to the .cfg file) ask for
// -region=auto.
func autoRegion(args []string) bool {
	for i, arg := range args {
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if strings.HasPrefix(arg, "-") && name == "region" && (hasValue && value == "auto" || !hasValue && i+1 < len(args) && args[i+1] == "auto") {
			return true
		}
	}
	return false
}

// vetConfigError reports a configuration error (a bad flag value, which
// every package's run meets) in one line, once per go vet run: the runs that
// only compute type information for dependencies go on as if nothing was
// wrong (they do not use the configuration); among the runs that report, the
// first fails with the error and the others succeed silently, so go vet
// prints the error once and fails. The runs share the go command's work
// directory (the parent of each package's own), which the go command
// removes at the end. The flags are part of go vet's cache key, so a run
// with a correct value never sees those silent results.
func vetConfigError(a *analysis.Analyzer, args []string, err error, stderr io.Writer) int {
	file := args[len(args)-1]
	if !strings.HasSuffix(file, ".cfg") {
		return failf(stderr, "%v", err) // -V=full: go vet prints it and stops
	}
	cfg, cerr := readVetConfig(file)
	if cerr != nil || cfg.VetxOutput == "" {
		return failf(stderr, "%v", err)
	}
	if cfg.VetxOnly {
		return vetxOnly(a, file, cfg, stderr)
	}
	work := filepath.Dir(filepath.Dir(cfg.VetxOutput))
	f, ferr := os.OpenFile(filepath.Join(work, "whispirlint-config-error"), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o666)
	if ferr != nil && errors.Is(ferr, os.ErrExist) {
		return exitOK // another package's run has reported it
	}
	if f != nil {
		f.Close()
	}
	return failf(stderr, "%v", err)
}

// vetxOnly serves a run that go vet makes only for the facts a dependency
// exports. Without facts to export there is nothing to compute: it writes
// an empty .vetx file, without reading the package.
func vetxOnly(a *analysis.Analyzer, file string, cfg *vetConfig, stderr io.Writer) int {
	if declaresFacts(a, make(map[*analysis.Analyzer]bool)) {
		unitchecker.Run(file, []*analysis.Analyzer{a}) // exits
	}
	if err := writeVetxFile(cfg.VetxOutput, nil, nil); err != nil {
		return failf(stderr, "%v", err)
	}
	return exitOK
}

// declaresFacts reports whether a or an analyzer it requires declares
// fact types: only then can a VetxOnly unit have anything to export.
// (whispirlint declares none today. One that does need be run only where a
// fact can come from: a hint in the unit's own files, or a fact of a
// dependency, a non-empty facts section in its .vetx.)
func declaresFacts(a *analysis.Analyzer, seen map[*analysis.Analyzer]bool) bool {
	if seen[a] {
		return false
	}
	seen[a] = true
	if len(a.FactTypes) > 0 {
		return true
	}
	for _, r := range a.Requires {
		if declaresFacts(r, seen) {
			return true
		}
	}
	return false
}

func readVetConfig(name string) (*vetConfig, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	cfg := new(vetConfig)
	if err := json.Unmarshal(data, cfg); err != nil {
		return nil, fmt.Errorf("cannot decode JSON config file %s: %v", name, err)
	}
	if len(cfg.GoFiles) == 0 {
		return nil, fmt.Errorf("package has no files: %s", cfg.ImportPath)
	}
	return cfg, nil
}

// vetUnit analyzes the package of cfg and prints what go vet asked for.
func vetUnit(a *analysis.Analyzer, o *options, cfg *vetConfig, stdout, stderr io.Writer) int {
	pkg, err := loadVetPackage(cfg)
	if err != nil {
		var list scanner.ErrorList
		var terr types.Error
		if errors.As(err, &list) || errors.As(err, &terr) {
			fmt.Fprintln(stderr, err) // go vet shows these as they are
			return exitError
		}
		return failf(stderr, "%v", err)
	}
	r, err := analyzePackages(a, []*packages.Package{pkg}, nil)
	if err != nil {
		return failf(stderr, "%v", err)
	}
	if err := writeVetx(cfg.VetxOutput, pkg); err != nil {
		return failf(stderr, "%v", err)
	}
	out := stdout
	if cfg.Stdout != "" {
		f, err := os.Create(cfg.Stdout)
		if err != nil {
			return failf(stderr, "%v", err)
		}
		defer f.Close()
		out = f
	}
	m := reportMasker(r)
	switch {
	case o.fix:
		return vetFix(r, o, cfg, m, out, stderr)
	case o.json:
		writeJSON(out, r, a.Name, m)
		return exitOK
	}
	if writeText(stderr, r, o.context, "", m) > 0 {
		return exitError // unitchecker's convention: go vet fails on findings
	}
	return exitOK
}

// vetFix applies the fixes of one package: as a diff on stdout (-diff), in
// the archive go fix applies after the build, or in place.
func vetFix(r *report, o *options, cfg *vetConfig, m *masker, out, stderr io.Writer) int {
	plan, err := planFixes(r, os.ReadFile)
	if err != nil {
		return failf(stderr, "%v", err)
	}
	switch {
	case o.diff:
		plan.printDiffs(out, stderr, vetDiffRoot(cfg), m, false)
	case cfg.FixArchive != "":
		err = writeFixArchive(cfg.FixArchive, cfg.ID, plan)
	default:
		err = plan.writeFiles()
	}
	if err != nil {
		return failf(stderr, "%v", err)
	}
	return exitOK
}

// vetDiffRoot is what the paths of go vet's diffs are relative to: the git
// repository root, or else the module root, so that the diffs of all
// packages apply from one directory.
func vetDiffRoot(cfg *vetConfig) string {
	dir := filepath.Dir(cfg.GoFiles[0])
	if root, ok := findUp(dir, ".git"); ok {
		return root
	}
	if root, ok := findUp(dir, "go.mod"); ok {
		return root
	}
	return dir
}

// writeFixArchive writes the fixed files into the zip that go fix reads.
func writeFixArchive(name, id string, plan *fixPlan) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	zw := zip.NewWriter(f)
	zw.SetComment(id)
	for _, c := range plan.changes {
		w, err := zw.Create(c.name)
		if err == nil {
			_, err = w.Write(c.new)
		}
		if err != nil {
			f.Close()
			return err
		}
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// loadVetPackage parses and type-checks the package of cfg, importing its
// dependencies from the .vetx files that unitchecker wrote for them.
func loadVetPackage(cfg *vetConfig) (*packages.Package, error) {
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range cfg.GoFiles {
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	imports := make(map[string]*types.Package)
	importer := importerFunc(func(importPath string) (*types.Package, error) {
		path, ok := cfg.ImportMap[importPath]
		if !ok {
			return nil, fmt.Errorf("can't resolve import %q", importPath)
		}
		if path == "unsafe" {
			return types.Unsafe, nil
		}
		if pkg, ok := imports[path]; ok && pkg.Complete() {
			return pkg, nil
		}
		if file := cfg.PackageFile[path]; file != "" {
			return readExportData(file, fset, imports, path)
		}
		// Have: a go command that passes no compiler export data; the
		// dependency's own run wrote its types (see writeVetx).
		data, err := vetxTypes(cfg.PackageVetx[path])
		if err != nil {
			return nil, fmt.Errorf("no type information for %q: %v", path, err)
		}
		return gcexportdata.Read(bytes.NewReader(append([]byte{'i'}, data...)), fset, imports, path)
	})
	sizes := types.SizesFor("gc", build.Default.GOARCH)
	tc := &types.Config{Importer: importer, Sizes: sizes, GoVersion: cfg.GoVersion}
	info := newTypesInfo()
	tpkg, err := tc.Check(cfg.ImportPath, fset, files, info)
	if err != nil {
		return nil, err
	}
	pkg := &packages.Package{
		ID:              cfg.ID,
		Name:            tpkg.Name(),
		PkgPath:         cfg.ImportPath,
		GoFiles:         cfg.GoFiles,
		CompiledGoFiles: cfg.GoFiles,
		OtherFiles:      cfg.NonGoFiles,
		IgnoredFiles:    cfg.IgnoredFiles,
		Fset:            fset,
		Syntax:          files,
		Types:           tpkg,
		TypesInfo:       info,
		TypesSizes:      sizes,
	}
	if cfg.ModulePath != "" {
		pkg.Module = &packages.Module{Path: cfg.ModulePath, Version: cfg.ModuleVersion, GoVersion: strings.TrimPrefix(cfg.GoVersion, "go")}
	}
	return pkg, nil
}

// readExportData reads the types of package path from the compiler's
// export data in file (an object file or archive, as go build writes it).
func readExportData(file string, fset *token.FileSet, imports map[string]*types.Package, path string) (*types.Package, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("no type information for %q: %v", path, err)
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("no type information for %q in %s: %v", path, file, err)
	}
	return gcexportdata.Read(r, fset, imports, path)
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// The .vetx format of unitchecker: "vetx", the lengths of the types and
// facts sections (little-endian uint32), then the sections. The types
// section is indexed export data without its leading 'i'.
const vetxMagic = "vetx"

func vetxTypes(name string) ([]byte, error) {
	if name == "" {
		return nil, errors.New("no .vetx file")
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	if len(data) < 12 || string(data[:4]) != vetxMagic {
		return nil, fmt.Errorf("%s is not a .vetx file", name)
	}
	n := binary.LittleEndian.Uint32(data[4:8])
	if uint64(12)+uint64(n) > uint64(len(data)) {
		return nil, fmt.Errorf("%s is truncated", name)
	}
	return data[12 : 12+n], nil
}

// writeVetx writes the type information of pkg for the packages that
// import it; whispirlint has no facts.
func writeVetx(name string, pkg *packages.Package) error {
	if name == "" {
		return nil
	}
	var types bytes.Buffer
	if err := gcexportdata.Write(&types, pkg.Fset, pkg.Types); err != nil {
		return err
	}
	return writeVetxFile(name, types.Bytes()[1:], nil) // without the 'i'
}

// writeVetxFile writes a .vetx file with the given types and facts sections.
func writeVetxFile(name string, types, facts []byte) error {
	if name == "" {
		return nil
	}
	var buf bytes.Buffer
	buf.WriteString(vetxMagic)
	binary.Write(&buf, binary.LittleEndian, uint32(len(types)))
	binary.Write(&buf, binary.LittleEndian, uint32(len(facts)))
	buf.Write(types)
	buf.Write(facts)
	return os.WriteFile(name, buf.Bytes(), 0o666)
}

// printVersionFull answers go vet's -V=full, which keys its cache: besides
// the executable's hash it carries a digest of the configuration that the
// environment gives ($WHISPIR_REGION), since go vet passes no flags with
// -V=full and does not key on the environment. (The flags themselves are in
// go vet's cache key.)
func printVersionFull(stdout, stderr io.Writer, a *analysis.Analyzer, mode string) int {
	if mode != "full" {
		fmt.Fprintf(stdout, "%s version %s\n", a.Name, toolVersion())
		return exitOK
	}
	exe, err := os.Executable()
	if err != nil {
		return failf(stderr, "%v", err)
	}
	f, err := os.Open(exe)
	if err != nil {
		return failf(stderr, "%v", err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return failf(stderr, "%v", err)
	}
	digest := configDigest(os.Getenv)
	fmt.Fprintf(h, "\nconfig %s\n", digest)
	// "devel" makes go vet take the buildID field as the tool's identity.
	fmt.Fprintf(stdout, "%s version devel %s config=%s buildID=%x\n", filepath.Base(os.Args[0]), toolVersion(), digest, h.Sum(nil))
	return exitOK
}

// configDigest is a short digest of the configuration read from the
// environment.
func configDigest(getenv func(string) string) string {
	sum := sha256.Sum256([]byte(analyzer.RegionEnv + "=" + strings.ToLower(getenv(analyzer.RegionEnv))))
	return fmt.Sprintf("%x", sum[:6])
}

// printFlagsJSON answers go vet's -flags: the flags it may pass through.
func printFlagsJSON(stdout io.Writer, o *options) int {
	type jsonFlag struct {
		Name  string
		Bool  bool
		Usage string
	}
	hidden := map[string]bool{"debug": true, "cpuprofile": true, "memprofile": true, "trace": true, "fix": true,
		"format": true, "C": true, "version": true, "set-exit-status": true, "sarif-base": true, "explain": true, "o": true,
		"exclude": true, "exclude-generated": true, "new-from-rev": true}
	var flags []jsonFlag
	o.flags.VisitAll(func(f *flag.Flag) {
		if hidden[f.Name] {
			return
		}
		b, ok := f.Value.(interface{ IsBoolFlag() bool })
		flags = append(flags, jsonFlag{f.Name, ok && b.IsBoolFlag(), f.Usage})
	})
	data, err := json.MarshalIndent(flags, "", "\t")
	if err != nil {
		panic(err)
	}
	fmt.Fprintf(stdout, "%s\n", data)
	return exitOK
}

// newTypesInfo returns a types.Info that records everything an analyzer
// may read, as go/packages and unitchecker fill it.
func newTypesInfo() *types.Info {
	return &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Instances:    make(map[*ast.Ident]types.Instance),
		Scopes:       make(map[ast.Node]*types.Scope),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		FileVersions: make(map[*ast.File]string),
	}
}
