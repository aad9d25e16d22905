package main

import (
	"bufio"
	"fmt"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"os"
	"runtime"
	"sync"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"
)

// checkSelected type-checks from their files the root packages of meta
// that selected names, each as go vet does: every package it imports, the
// other selected ones included, comes from the compiler's export data that
// the metadata load had go list build. No package between two selected
// ones is type-checked (go/packages, loading several roots from source,
// type-checks from source every package on an import path between them,
// to keep one type universe; here, as under go vet, a selected package's
// own types from source are its own pass's, and every importer sees those
// of its export data). ok is false when that cannot be done: a package of
// the graph has errors or no export data; the caller then loads with
// go/packages, which reports them as a full load does.
func checkSelected(meta []*packages.Package, selected map[string]bool) (pkgs []*packages.Package, ok bool) {
	var all []*packages.Package
	packages.Visit(meta, nil, func(p *packages.Package) { all = append(all, p) })
	for _, p := range all {
		if unsure(p) {
			return nil, false
		}
	}
	for _, p := range meta {
		if selected[p.ID] {
			pkgs = append(pkgs, p)
		}
	}
	fset := token.NewFileSet()
	typesOf := make(map[*packages.Package]*types.Package, len(all))
	for _, p := range all {
		if p.PkgPath == "unsafe" {
			typesOf[p] = types.Unsafe
		} else {
			typesOf[p] = types.NewPackage(p.PkgPath, p.Name)
		}
	}
	// The direct imports of the selected packages are read from export
	// data, dependencies first (as go/packages does), so that reading one
	// never creates a second types.Package for a package read later.
	needed := make(map[*packages.Package]bool)
	for _, p := range pkgs {
		for _, imp := range p.Imports {
			needed[imp] = true
		}
	}
	var err error
	done := make(map[*packages.Package]bool)
	var visit func(p *packages.Package)
	visit = func(p *packages.Package) {
		if done[p] || err != nil {
			return
		}
		done[p] = true
		for _, imp := range p.Imports {
			visit(imp)
		}
		if needed[p] && p.PkgPath != "unsafe" && err == nil {
			typesOf[p], err = readExport(fset, p, typesOf)
		}
	}
	for _, p := range pkgs {
		visit(p)
	}
	if err != nil {
		return nil, false
	}

	sizes := types.SizesFor("gc", runtime.GOARCH)
	if len(pkgs) > 0 && pkgs[0].TypesSizes != nil {
		sizes = pkgs[0].TypesSizes
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for _, p := range pkgs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			checkFiles(fset, p, sizes, typesOf)
		}()
	}
	wg.Wait()
	return pkgs, true
}

// readExport reads the types of p from its export data, into the packages
// of typesOf that p's export data refers to.
func readExport(fset *token.FileSet, p *packages.Package, typesOf map[*packages.Package]*types.Package) (*types.Package, error) {
	f, err := os.Open(p.ExportFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %v", p.ExportFile, err)
	}
	view := make(map[string]*types.Package)
	seen := make(map[*packages.Package]bool)
	var visit func(q *packages.Package)
	visit = func(q *packages.Package) {
		for _, imp := range q.Imports {
			if !seen[imp] {
				seen[imp] = true
				view[imp.PkgPath] = typesOf[imp]
				visit(imp)
			}
		}
	}
	visit(p)
	return gcexportdata.Read(r, fset, view, p.PkgPath)
}

// checkFiles parses and type-checks p as go/packages does a root package,
// and fills in its syntax and types.
func checkFiles(fset *token.FileSet, p *packages.Package, sizes types.Sizes, typesOf map[*packages.Package]*types.Package) {
	appendError := func(err error) {
		switch err := err.(type) {
		case scanner.ErrorList:
			for _, e := range err {
				p.Errors = append(p.Errors, packages.Error{Pos: e.Pos.String(), Msg: e.Msg, Kind: packages.ParseError})
			}
		case types.Error:
			p.TypeErrors = append(p.TypeErrors, err)
			p.Errors = append(p.Errors, packages.Error{Pos: err.Fset.Position(err.Pos).String(), Msg: err.Msg, Kind: packages.TypeError})
		default:
			p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.UnknownError})
		}
	}
	p.Fset = fset
	p.Syntax = nil
	for _, name := range p.CompiledGoFiles {
		f, err := parser.ParseFile(fset, name, nil, parser.AllErrors|parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			appendError(err)
		}
		if f != nil {
			p.Syntax = append(p.Syntax, f)
		}
	}
	p.Types = types.NewPackage(p.PkgPath, p.Name)
	p.TypesSizes = sizes
	p.TypesInfo = newTypesInfo()
	tc := &types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if path == "unsafe" {
				return types.Unsafe, nil
			}
			imp := p.Imports[path]
			if imp == nil {
				return nil, fmt.Errorf("no metadata for %s", path)
			}
			return typesOf[imp], nil
		}),
		Error: appendError,
		Sizes: sizes,
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		tc.GoVersion = "go" + p.Module.GoVersion
	}
	if err := types.NewChecker(tc, fset, p.Types, p.TypesInfo).Files(p.Syntax); err != nil && len(p.Errors) == 0 {
		appendError(err)
	}
	p.IllTyped = len(p.Errors) > 0
}
