package main

import (
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/whispirlint/whispirlint/analyzer"
)

// Type-checking only what can have a finding. Loading and type-checking
// are nearly all of a run's cost, and in most packages the analyzer returns
// at once (see analyzer.ScanFile for why it must). So the standalone
// driver first loads the packages' metadata only (go list, with the
// compiler's export data built as for any run, so a package that does not
// compile is still reported), scans the tokens of every package's files,
// and then loads from source, and analyzes, only the root packages where
// the analyzer may report (analyzer.PackageScan.MayReport): the others are
// type-checked by nobody. The whole-program bookkeeping (analyzer.Scope)
// still names every root, so a package left out counts exactly as it does
// in a full run, where its pass returns without recording anything.

// loadMeta is the mode of the first load: the import graph and the files,
// no syntax and no types.
const loadMeta = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedImports |
	packages.NeedDeps | packages.NeedExportFile | packages.NeedModule | packages.NeedEmbedFiles | packages.NeedTypesSizes

// mayReport returns the IDs of the root packages among roots (loaded with
// loadMeta) in which the analyzer may report: their own tokens hold a hint
// or a directive, or they may use a constant, of their own or of a package
// they import directly, that may hold a hinted value.
func mayReport(roots []*packages.Package, readFile func(string) ([]byte, error)) map[string]bool {
	scans := make(map[*packages.Package]*analyzer.PackageScan)
	fileScans := make(map[string]analyzer.FileScan)
	var scan func(p *packages.Package) *analyzer.PackageScan
	scan = func(p *packages.Package) *analyzer.PackageScan {
		if ps, ok := scans[p]; ok {
			return ps
		}
		ps := analyzer.NewPackageScan(func(path string) (string, *analyzer.PackageScan) {
			imp := p.Imports[path]
			if imp == nil || imp.PkgPath == "unsafe" {
				return "", nil
			}
			return imp.Name, scan(imp)
		})
		files := p.CompiledGoFiles
		if len(files) == 0 {
			files = p.GoFiles
		}
		for _, name := range files {
			fs, ok := fileScans[name] // a package and its test variant share files
			if !ok {
				src, err := readFile(name)
				if err == nil {
					fs, err = analyzer.ScanFile(src)
				}
				if err == nil && p.Module != nil && p.Module.Main && slices.Contains(p.GoFiles, name) {
					analyzer.ShareSource(name, src) // for the module scan: see analyzer.ShareSource
				}
				if err != nil {
					fs = analyzer.Unscanned() // the package may report anything
				}
				fileScans[name] = fs
			}
			ps.Add(fs)
		}
		scans[p] = ps
		return ps
	}
	selected := make(map[string]bool)
	for _, p := range roots {
		if scan(p).MayReport() {
			selected[p.ID] = true
		}
	}
	return selected
}

// loadSelected loads with l, from source, the packages of meta (loaded
// with loadMeta) that selected names, and returns those: loading a
// package's import path brings all its variants (with tests: the package
// with its test files, its external test, the test main), of which the
// others are dropped.
func loadSelected(l loader, meta []*packages.Package, selected map[string]bool) ([]*packages.Package, error) {
	var paths []string
	for _, p := range meta {
		if selected[p.ID] {
			path := strings.TrimSuffix(strings.TrimSuffix(p.PkgPath, "_test"), ".test")
			if !slices.Contains(paths, path) {
				paths = append(paths, path)
			}
		}
	}
	if len(paths) == 0 {
		return nil, nil
	}
	pkgs, err := l.load(l.syntaxMode(), paths)
	if err != nil {
		return nil, err
	}
	var out []*packages.Package
	for _, p := range pkgs {
		if selected[p.ID] {
			out = append(out, p)
		}
	}
	return out, nil
}

// unsure reports whether the metadata of p cannot tell what a load from
// source would: it has errors, or it or a dependency did not compile (no
// export data). Such a package is loaded from source, so that its errors
// are reported as a full load reports them.
func unsure(p *packages.Package) bool {
	noExport := p.ExportFile == "" && p.PkgPath != "unsafe" && len(p.CompiledGoFiles) > 0 // a package of test files alone has none
	return len(p.Errors) > 0 || noExport || p.Module != nil && p.Module.Error != nil
}

// reloadable reports whether the packages can be loaded again by their
// import paths: not so for packages named by their files
// (command-line-arguments).
func reloadable(meta []*packages.Package) bool {
	for _, p := range meta {
		if p.PkgPath == "" || strings.Contains(p.ID, "command-line-arguments") {
			return false
		}
	}
	return true
}

// scanModules has the analyzer scan the modules of the selected packages
// of the main module (see analyzer.ScanModuleOf) before any is
// type-checked, and then drops the sources shared with the scan.
func scanModules(meta []*packages.Package, selected map[string]bool) {
	for _, p := range meta {
		files := p.CompiledGoFiles
		if len(files) == 0 {
			files = p.GoFiles
		}
		if selected[p.ID] && p.Module != nil && p.Module.Main && len(files) > 0 {
			analyzer.ScanModuleOf(files[0], p.PkgPath)
		}
	}
	analyzer.ForgetSources()
}
