package main

// This file is -fix: it merges the first fix of every finding, file by
// file, formats each changed file as gofmt does (removing imports the fixes
// left unused), and either prints the changes as unified diffs (-diff) or
// writes them: all files are checked writable and written to temporary
// files first, then renamed over the originals, so a run changes every
// file or none.

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"go/types"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"

	"golang.org/x/tools/go/ast/astutil"

	"github.com/whispirlint/whispirlint/configscan"
)

// A fixPlan is what -fix will do: the new content of each changed file,
// and for each finding (by index in the report) whether its fix is in and,
// when not, why.
type fixPlan struct {
	changes []*fileChange // sorted by name
	fixed   []bool
	notes   []string // why a finding with a fix is not fixed
}

type fileChange struct {
	name     string
	old, new []byte
	config   *configscan.File // a configuration file: not Go, written as configscan.Prepare checks
}

// Reasons a fix is left out.
const (
	noteGenerated = "not fixed: generated file"
	noteConflict  = "not fixed: its fix overlaps another one; run -fix again"
)

// planFixes merges the fixes of r. Two different fixes that edit
// overlapping text conflict: the later one (by position) is left out.
// Identical edits (a file shared by a package and its test variant, or two
// fixes that add the same import) are applied once.
func planFixes(r *report, readFile func(string) ([]byte, error)) (*fixPlan, error) {
	p := &fixPlan{fixed: make([]bool, len(r.findings)), notes: make([]string, len(r.findings))}
	accepted := make(map[string][]edit)
	for i, f := range r.findings {
		if f.fix == nil {
			continue
		}
		files := f.fix.editedFiles()
		if slices.ContainsFunc(files, func(name string) bool { info := r.files[name]; return info != nil && info.generated }) {
			p.notes[i] = noteGenerated
			continue
		}
		merged, ok := mergeEdits(accepted, f.fix.edits)
		if !ok {
			p.notes[i] = noteConflict
			continue
		}
		maps.Copy(accepted, merged)
		p.fixed[i] = true
	}

	names := make([]string, 0, len(accepted))
	for name := range accepted {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		old, err := readFile(name)
		if err != nil {
			return nil, err
		}
		info := r.files[name]
		if info != nil && info.fset.File(info.syntax.FileStart).Size() != len(old) {
			return nil, fmt.Errorf("%s changed while it was analyzed; -fix changed no file", name)
		}
		new, err := applyEdits(old, accepted[name])
		if err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		if cf := r.config[name]; cf != nil {
			// Not Go: no formatting. The host rewrites keep every line.
			if !bytes.Equal(old, cf.Content) {
				return nil, fmt.Errorf("%s changed while it was analyzed; -fix changed no file", name)
			}
			if !bytes.Equal(old, new) {
				p.changes = append(p.changes, &fileChange{name, old, new, cf})
			}
			continue
		}
		var pkg *types.Package
		if info != nil {
			pkg = info.pkg
		}
		if new, err = formatFixed(pkg, new); err != nil {
			return nil, fmt.Errorf("%s: the fixed file does not parse (%v); -fix changed no file", name, err)
		}
		if !bytes.Equal(old, new) {
			p.changes = append(p.changes, &fileChange{name, old, new, nil})
		}
	}
	return p, nil
}

// mergeEdits returns the edits of each file that fx touches, with fx's
// edits added to the accepted ones, or false if one of them overlaps an
// accepted edit that is not identical to it.
func mergeEdits(accepted map[string][]edit, fx []edit) (map[string][]edit, bool) {
	out := make(map[string][]edit)
	for _, e := range fx {
		name := e.pos.Filename
		list, ok := out[name]
		if !ok {
			list = slices.Clone(accepted[name])
		}
		dup := false
		for _, a := range list {
			if a.pos.Offset == e.pos.Offset && a.end.Offset == e.end.Offset && a.newText == e.newText {
				dup = true
				break
			}
			if overlap(a, e) {
				return nil, false
			}
		}
		if !dup {
			list = append(list, e)
		}
		out[name] = list
	}
	return out, true
}

// overlap reports whether two different edits cannot both apply: their
// ranges intersect, or both insert at the same offset (their order would
// be a guess), or one inserts strictly inside the other's range.
func overlap(a, b edit) bool {
	as, ae, bs, be := a.pos.Offset, a.end.Offset, b.pos.Offset, b.end.Offset
	switch {
	case as == ae && bs == be:
		return as == bs
	case as == ae:
		return bs < as && as < be
	case bs == be:
		return as < bs && bs < ae
	}
	return as < be && bs < ae
}

// applyEdits applies non-overlapping edits to src.
func applyEdits(src []byte, edits []edit) ([]byte, error) {
	edits = slices.Clone(edits)
	slices.SortStableFunc(edits, func(x, y edit) int {
		return cmp.Or(cmp.Compare(x.pos.Offset, y.pos.Offset), cmp.Compare(x.end.Offset, y.end.Offset))
	})
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.pos.Offset < last || e.end.Offset > len(src) || e.pos.Offset > e.end.Offset {
			return nil, fmt.Errorf("edit [%d, %d) out of range or order", e.pos.Offset, e.end.Offset)
		}
		out.Write(src[last:e.pos.Offset])
		out.WriteString(e.newText)
		last = e.end.Offset
	}
	out.Write(src[last:])
	return out.Bytes(), nil
}

// formatFixed formats a fixed file as gofmt does, after removing imports
// that no selector of the file uses any more. pkg, the package before the
// fix, gives the names of imports that do not rename their package.
func formatFixed(pkg *types.Package, src []byte) ([]byte, error) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "fixed.go", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	removeUnusedImports(fset, pkg, file)
	ast.SortImports(fset, file)
	// printerNormalizeNumbers is go/format's private mode bit (see go/printer).
	const printerNormalizeNumbers = 1 << 30
	cfg := &printer.Config{Mode: printer.UseSpaces | printer.TabIndent | printerNormalizeNumbers, Tabwidth: 8}
	var buf bytes.Buffer
	if err := cfg.Fprint(&buf, fset, file); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// removeUnusedImports deletes the imports whose name is not the qualifier
// of any selector in the file. It removes nothing it is unsure of: blank
// and dot imports, and imports whose package name it does not know.
func removeUnusedImports(fset *token.FileSet, pkg *types.Package, file *ast.File) {
	names := make(map[string]string) // import path -> package name
	if pkg != nil {
		for _, imp := range pkg.Imports() {
			names[imp.Path()] = imp.Name()
		}
	}
	used := make(map[string]bool)
	ast.Inspect(file, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				used[id.Name] = true
			}
		}
		return true
	})
	for _, spec := range slices.Clone(file.Imports) {
		path, err := strconv.Unquote(spec.Path.Value)
		if err != nil {
			continue
		}
		explicit, name := "", names[path]
		if spec.Name != nil {
			explicit, name = spec.Name.Name, spec.Name.Name
		}
		if name == "" || name == "_" || name == "." || used[name] {
			continue
		}
		astutil.DeleteNamedImport(fset, file, explicit, path)
	}
}

// printDiffs writes the plan as unified diffs, paths relative to root
// (a/ and b/ prefixes, as git apply takes them), and returns how many files
// differ.
func (p *fixPlan) printDiffs(w io.Writer, root string, m *masker) int {
	for _, c := range p.changes {
		rel := filepath.ToSlash(displayPath(root, c.name))
		diff := unifiedDiff("a/"+rel, "b/"+rel, string(c.old), string(c.new))
		if c.config != nil {
			diff = maskConfigText(diff) // credentials by name, as in -c lines: see docs/credentials.md
		}
		io.WriteString(w, m.maskText(diff))
	}
	return len(p.changes)
}

// writeFiles writes every change or none, Go and configuration files
// alike: it first checks that each file is writable and writes each new
// content to a temporary file beside it; only when all of that worked does
// it rename the temporary files over the originals.
func (p *fixPlan) writeFiles() error {
	type pending struct{ tmp, name string }
	var staged []pending
	var configs []*configscan.Pending
	cleanup := func() {
		for _, s := range staged {
			os.Remove(s.tmp)
		}
		for _, c := range configs {
			c.Discard()
		}
	}
	var errs []error
	for _, c := range p.changes {
		if c.config != nil {
			// configscan's checks: a regular file, its write bit on, its
			// content the one scanned.
			cp, err := configscan.Prepare([]configscan.Change{{File: c.config, Content: c.new}})
			if err != nil {
				errs = append(errs, err)
				continue
			}
			configs = append(configs, cp)
			continue
		}
		tmp, err := stage(c)
		if err != nil {
			errs = append(errs, err) // go on: name every file that cannot be written
			continue
		}
		staged = append(staged, pending{tmp, c.name})
	}
	if len(errs) > 0 {
		cleanup()
		return fmt.Errorf("%v\n-fix changed no file", errors.Join(errs...))
	}
	total := len(staged) + len(configs)
	for i, s := range staged {
		if err := os.Rename(s.tmp, s.name); err != nil {
			for _, rest := range staged[i+1:] {
				os.Remove(rest.tmp)
			}
			for _, c := range configs {
				c.Discard()
			}
			return fmt.Errorf("%v; %d of %d files were written before this error, %s not", err, i, total, plural(total-i, "file"))
		}
	}
	for i, c := range configs {
		if _, err := c.Commit(); err != nil {
			for _, rest := range configs[i+1:] {
				rest.Discard()
			}
			done := len(staged) + i
			return fmt.Errorf("%v; %d of %d files were written before this error, %s not", err, done, total, plural(total-done, "file"))
		}
	}
	return nil
}

// stage checks that c.name is writable and writes c.new to a temporary
// file in its directory with the same mode; it returns the temporary name.
func stage(c *fileChange) (string, error) {
	info, err := os.Stat(c.name)
	if err != nil {
		return "", err
	}
	// Not safe to rename over a file the user cannot write: the rename
	// would succeed (it needs only the directory), against the file's mode.
	f, err := os.OpenFile(c.name, os.O_WRONLY, 0)
	if err != nil {
		return "", err
	}
	f.Close()
	tmp, err := os.CreateTemp(filepath.Dir(c.name), "."+filepath.Base(c.name)+".whispirlint-*")
	if err != nil {
		return "", fmt.Errorf("%s: cannot write beside it: %v", c.name, err)
	}
	_, err = tmp.Write(c.new)
	if err == nil {
		err = tmp.Chmod(info.Mode().Perm())
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", fmt.Errorf("%s: %v", c.name, err)
	}
	return tmp.Name(), nil
}
