package analyzer

import (
	"go/scanner"
	"go/token"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Deciding before type checking. A pass does nothing but return (see run)
// when no file of its package has a hint (fileHints) and no comment is a
// suppression directive (runSelected reports those). A whole-program driver
// can therefore leave a package out of the analysis, and skip type-checking
// it from source, when a scan of its tokens shows that neither can be there.
// fileHints reads three things: the words of its string literals and
// identifiers, which the tokens hold as they are (the same literalHints and
// identHints decide), and the values of the string constants the package
// uses, which need more care: a constant used in a package is declared in
// it or in a package it imports directly (a dot import included), and its
// value is built, in constant declarations alone, from literals and other
// constants with +. So a constant's value can hold a hint only if a
// constant declaration of its package holds a hinted literal, or
// concatenates what may be strings (+: "whis" + "pir"), or refers to a
// constant of an import that can itself hold one; and a package uses an
// import's constant only by its name after a dot in the file that imports
// it (or by any name, under a dot import). ScanFile reports each of those
// per file; PackageScan.MayReport combines them over the import graph.

// A FileScan is what the tokens of one Go file say about its package.
type FileScan struct {
	Hinted    bool // a string literal or identifier with a hint (as fileHints reads them)
	Directive bool // a comment that is a suppression directive (as runSelected reads them)

	specs     []constSpec
	basicAuth []basicAuthArg // the password arguments of its calls of SetBasicAuth that may be constants
	typeNames []string       // the names it declares types by (and some more)
	imports   []fileImport
	selectors map[string]bool // the exported names after a dot (x.Name): what it may use of an import's constants
	unknown   bool            // not scanned: anything may come of it
}

// Unscanned is the scan of a file that could not be read: its package may
// report anything, and export any constant. (A file that declares a type or
// function named as a predeclared numeric one, type byte string, is
// scanned as unknown too: its calls may build strings.)
func Unscanned() FileScan { return FileScan{Hinted: true, unknown: true} }

// A fileImport is one import of a file: its path, and the name it is
// given ("" for the package's own name; "." for a dot import).
type fileImport struct{ name, path string }

// A constSpec is what one constant declaration (one name = value line)
// may build a string value from.
type constSpec struct {
	top     bool        // declared at package level
	names   []string    // the names it declares (and its type's name, if any)
	refs    []string    // the unqualified names its value uses, outside numeric calls (len(s))
	join    bool        // + in its value: a word no literal holds ("whis" + "pir")
	direct  bool        // a string literal, a conversion or call (string(r), min("a", s)), a field or method selected
	hinted  bool        // a hinted string literal
	foreign bool        // an imported name under a dot import
	quals   [][2]string // the qualified names its value uses (pkg.Name), outside numeric calls

	lits  []string // the values of its string literals, while other is false
	other bool     // its value has more than string literals and +
}

// ScanFile scans the source of one Go file. It fails only where the
// scanner does (the parser would fail there too), except in a file with
// nothing to scan for (see plainFile), of which only the imports are
// scanned: such a file does not compile, so its package is loaded from
// source anyway (see the driver's unsure).
func ScanFile(src []byte) (FileScan, error) {
	if plainFile(src) {
		return scanPlain(src)
	}
	return scanTokens(src)
}

// scanTokens scans every token of src.
func scanTokens(src []byte) (FileScan, error) {
	var fs FileScan
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(src))
	var errs scanner.ErrorList
	var s scanner.Scanner
	s.Init(file, src, func(pos token.Position, msg string) { errs.Add(pos, msg) }, scanner.ScanComments)
	var (
		braces     int // open braces in the file: 0 at package level
		imports    bool
		dotImport  bool
		prev       token.Token
		prevLit    string
		typeBlock  bool // in a type ( ... ) declaration
		typeParens int
	)
	// The constant declaration being scanned, while inConst.
	var (
		inConst, block, top bool
		parens              []bool // the brackets open in it; true: a numeric call's
		spec                *constSpec
		value               bool // after the = of spec
		last                *constSpec
	)
	numeric := func() bool {
		for _, n := range parens {
			if n {
				return true
			}
		}
		return false
	}
	endSpec := func() {
		if spec == nil {
			return
		}
		if !value && last != nil && last.top == spec.top {
			// Have: an implicit repetition of the previous value (iota).
			spec.refs, spec.join, spec.direct, spec.hinted, spec.foreign, spec.quals = last.refs, last.join, last.direct, last.hinted, last.foreign, last.quals
		}
		if spec.join && !spec.other {
			// Have: "a" + "b" + "c": the value is known.
			spec.join = false
			if stringHints(strings.Join(spec.lits, "")) != 0 {
				spec.hinted = true
				fs.Hinted = true // a use of it is a hint
			}
		}
		spec.lits = nil
		fs.specs = append(fs.specs, *spec)
		last = &fs.specs[len(fs.specs)-1]
		spec, value = nil, false
	}
	var basic basicAuthScanner
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		if tok != token.COMMENT {
			if hinted, arg := basic.next(tok, lit, prev); hinted {
				fs.Hinted = true
			} else if arg != nil {
				fs.basicAuth = append(fs.basicAuth, *arg)
			}
		}
		switch tok {
		case token.COMMENT:
			if parseDirective(lit) != nil {
				fs.Directive = true
			}
			continue
		case token.STRING:
			if literalHints(lit) != 0 {
				fs.Hinted = true
				if spec != nil {
					spec.hinted = true
				}
			}
			if imports {
				path, _ := strconv.Unquote(lit)
				name := ""
				switch prev {
				case token.PERIOD:
					name, dotImport = ".", true // import . "path"
				case token.IDENT:
					name = prevLit
				}
				fs.imports = append(fs.imports, fileImport{name, path})
			}
		case token.IDENT:
			if identHints(lit) != 0 {
				fs.Hinted = true
			}
			if prev == token.TYPE || typeBlock && (prev == token.LPAREN || prev == token.SEMICOLON) {
				fs.typeNames = append(fs.typeNames, lit)
			}
			if numericTypes[lit] && (prev == token.TYPE || prev == token.FUNC || typeBlock && (prev == token.LPAREN || prev == token.SEMICOLON)) {
				// Have: type byte string, func len(s string) string: a
				// call below may build a string after all.
				fs.unknown = true
			}
			if prev == token.PERIOD && token.IsExported(lit) {
				if fs.selectors == nil {
					fs.selectors = make(map[string]bool)
				}
				fs.selectors[lit] = true
			}
		case token.IMPORT:
			imports = true
		case token.FUNC, token.TYPE, token.VAR:
			imports = false
		case token.LBRACE:
			braces++
		case token.RBRACE:
			braces--
		case token.LPAREN:
			if prev == token.TYPE {
				typeBlock, typeParens = true, 0
			} else if typeBlock {
				typeParens++
			}
		case token.RPAREN:
			if typeBlock {
				if typeParens == 0 {
					typeBlock = false
				} else {
					typeParens--
				}
			}
		case token.CONST:
			inConst, block, top, parens, last = true, false, braces == 0, parens[:0], nil
			prev, prevLit = tok, lit
			continue
		}
		if !inConst {
			prev, prevLit = tok, lit
			continue
		}
		if spec == nil && tok != token.LPAREN && tok != token.SEMICOLON && tok != token.RPAREN {
			spec = &constSpec{top: top}
		}
		if value && tok != token.STRING && tok != token.ADD && tok != token.SEMICOLON && tok != token.RPAREN {
			spec.other = true
		}
		switch tok {
		case token.LPAREN:
			switch {
			case prev == token.CONST:
				block = true
			case numeric() || prev == token.IDENT && numericTypes[prevLit]:
				parens = append(parens, true)
			case prev == token.IDENT && spec != nil && len(spec.quals) > 0 && spec.quals[len(spec.quals)-1] == [2]string{"unsafe", prevLit}:
				spec.quals = spec.quals[:len(spec.quals)-1] // unsafe.Sizeof(x): a number
				parens = append(parens, true)
			case prev == token.IDENT && spec != nil:
				spec.direct = true // a conversion or a call: string(r), MyString(65)
				parens = append(parens, false)
			default:
				parens = append(parens, false)
			}
		case token.LBRACK, token.LBRACE:
			parens = append(parens, false)
		case token.RPAREN, token.RBRACK, token.RBRACE:
			switch {
			case len(parens) > 0:
				parens = parens[:len(parens)-1]
			case block && tok == token.RPAREN:
				endSpec()
				inConst = false
			}
		case token.SEMICOLON:
			if len(parens) == 0 {
				endSpec()
				if !block {
					inConst = false
				}
			}
		case token.ASSIGN:
			value = true
		case token.ADD:
			spec.join = true
		case token.STRING:
			if !numeric() {
				spec.direct = true
			}
			if v, err := strconv.Unquote(lit); err == nil {
				spec.lits = append(spec.lits, v)
			} else {
				spec.other = true
			}
		case token.PERIOD:
			if prev == token.IDENT && value && !numeric() && len(spec.refs) > 0 && spec.refs[len(spec.refs)-1] == prevLit {
				spec.refs = spec.refs[:len(spec.refs)-1] // the package name of a selector
				spec.quals = append(spec.quals, [2]string{prevLit, ""})
			}
		case token.IDENT:
			switch {
			case !value:
				spec.names = append(spec.names, lit)
			case numeric():
				// Have: len(s), len(x.f): a number whatever s is.
			case prev == token.PERIOD:
				if n := len(spec.quals); n > 0 && spec.quals[n-1][1] == "" {
					spec.quals[n-1][1] = lit
				} else {
					spec.direct = true // a field or method of something: unknown
				}
			case dotImport:
				spec.direct, spec.foreign = true, true
			case !numeric():
				spec.refs = append(spec.refs, lit)
			}
		}
		prev, prevLit = tok, lit
	}
	if inConst {
		endSpec()
	}
	if basic.arg != nil {
		fs.Hinted = true // a call not closed: anything may come of it
	}
	return fs, errs.Err()
}

// numericTypes are the predeclared names whose calls give no string.
var numericTypes = map[string]bool{
	"int": true, "int8": true, "int16": true, "int32": true, "int64": true,
	"uint": true, "uint8": true, "uint16": true, "uint32": true, "uint64": true, "uintptr": true,
	"float32": true, "float64": true, "complex64": true, "complex128": true, "byte": true, "rune": true,
	"len": true, "cap": true, "real": true, "imag": true, "complex": true,
}

// A PackageScan is what the tokens of a package's files say.
type PackageScan struct {
	imports      Imports
	anyHint, dir bool // a file with a hint, a directive
	unknown      bool // a file not scanned
	files        []FileScan

	types    map[string]bool     // the names of its files' typeNames
	decls    map[string][]specAt // see declared, once computed
	exported map[string]bool     // see exportedConsts, once computed
	strs     map[string]bool     // the answers of constName.value, with str
	hinted   map[string]bool     // the answers of constName.value, without str
}

// Imports resolves a package's imports, by import path as written: the
// scan of the imported package and its name, or nil.
type Imports func(path string) (name string, scan *PackageScan)

// NewPackageScan returns an empty scan of a package whose imports resolve
// with imports.
func NewPackageScan(imports Imports) *PackageScan { return &PackageScan{imports: imports} }

// Add adds the scan of one file of the package.
func (ps *PackageScan) Add(fs FileScan) {
	ps.anyHint = ps.anyHint || fs.Hinted
	ps.dir = ps.dir || fs.Directive
	ps.unknown = ps.unknown || fs.unknown
	for _, n := range fs.typeNames {
		if ps.types == nil {
			ps.types = make(map[string]bool)
		}
		ps.types[n] = true
	}
	ps.files = append(ps.files, fs)
}

// qualified returns the package a qualified name of file f refers to, and
// whether it could tell (false: unknown, anything may come of it).
func qualified(f *FileScan, qual string, imports Imports) (*PackageScan, bool) {
	if imports == nil {
		return nil, false
	}
	for _, imp := range f.imports {
		if imp.path == "unsafe" && (imp.name == "" || imp.name == qual) && qual == "unsafe" {
			return unsafeScan, true // no constants
		}
		name, scan := imports(imp.path)
		if imp.name != "" {
			name = imp.name
		}
		if name == qual {
			return scan, scan != nil && !scan.unknown
		}
	}
	return nil, false
}

// MayExportHint reports whether an exported constant of the package may
// have a hinted value.
func (ps *PackageScan) MayExportHint() bool {
	if ps.unknown {
		return true
	}
	for n, decls := range ps.declared() {
		if token.IsExported(n) && slices.ContainsFunc(decls, func(d specAt) bool { return d.sp.top }) && (constName{ps, n, false}).value() {
			return true
		}
	}
	return false
}

// joins reports whether a constant declaration concatenates what may be
// strings.
func (ps *PackageScan) joins() bool {
	for i := range ps.files {
		f := &ps.files[i]
		for j := range f.specs {
			if sp := &f.specs[j]; sp.join && ps.stringish(f, sp, constName.value) {
				return true
			}
		}
	}
	return false
}

// MayReport reports whether the analyzer may report anything in the
// package, or record anything for the whole-program driver (see Scope):
// when it returns false, the pass returns without a report. Besides its
// own hints, directives and concatenations, a file may use a hinted
// constant of an import: one whose name follows a dot in the file (or any,
// under a dot import).
func (ps *PackageScan) MayReport() bool {
	if ps.anyHint || ps.dir || ps.unknown || ps.joins() {
		return true
	}
	for i := range ps.files {
		f := &ps.files[i]
		for _, arg := range f.basicAuth {
			if ps.mayBeConstant(f, arg) {
				return true
			}
		}
		for _, imp := range f.imports {
			_, qs := ps.imports(imp.path)
			if qs == nil {
				continue
			}
			if qs.unknown {
				return true
			}
			if imp.name == "." {
				if qs.MayExportHint() {
					return true
				}
				continue
			}
			// The names both after a dot in f and of an exported
			// package-level constant of qs, looked up from the fewer.
			exported := qs.exportedConsts()
			if len(f.selectors) < len(exported) {
				for n := range f.selectors {
					if exported[n] && (constName{qs, n, false}).value() {
						return true
					}
				}
			} else {
				for n := range exported {
					if f.selectors[n] && (constName{qs, n, false}).value() {
						return true
					}
				}
			}
		}
	}
	return false
}

// Prefilters reports whether a is an analyzer made by this package (New,
// Analyzer, WithScope), for which MayReport decides: another analyzer may
// report anywhere.
func Prefilters(a *analysis.Analyzer) bool {
	_, ok := configs.Load(a)
	return ok
}
