package analyzer

import "go/token"

// A call of SetBasicAuth is a hint only where WL11 may report it: with a
// constant password (see checkSetBasicAuth and basicAuthHints). Its tokens
// cannot say whether the password is constant, but they can say when it
// cannot be: no literal in it, and none of its names a constant. A
// literal inside the arguments of a call of an import's function counts
// for nothing: such a call is no constant (a conversion to the import's
// type would be: the import's type names are scanned too). len and cap,
// and package unsafe, give constants of variables, so they count as a
// literal does.

// A basicAuthArg is what the tokens of the password argument of a call of
// SetBasicAuth name, for PackageScan.MayReport to decide whether it may be
// a constant.
type basicAuthArg struct {
	refs  []string    // unqualified names
	quals [][2]string // qualified names (pkg.Name)
	calls [][2]string // qualified names called (pkg.F(...)), whose arguments are left out
}

// A basicAuthScanner follows the tokens of calls of SetBasicAuth.
type basicAuthScanner struct {
	arg      *basicAuthArg // while in a call: what its second argument names
	args     int           // the argument being read, 0 before the call's '('
	brackets []bool        // the brackets open in the call; true: a call of pkg.F
	lastName string        // the last name read in the call
	qual     bool          // the last name followed a dot
}

// next reads one token (comments left out), prev being the one before.
// It reports whether the file has a hint the calls' tokens decide alone,
// and returns a call's argument once the call is read.
func (b *basicAuthScanner) next(tok token.Token, lit string, prev token.Token) (hinted bool, done *basicAuthArg) {
	if b.arg == nil {
		if tok == token.IDENT && lit == "SetBasicAuth" {
			*b = basicAuthScanner{arg: new(basicAuthArg)}
		}
		return false, nil
	}
	if b.args == 0 {
		if tok != token.LPAREN {
			b.arg = nil
			return true, nil // not a call as written: anything may come of it
		}
		b.args = 1
		b.brackets = append(b.brackets[:0], false)
		return false, nil
	}
	skipped := false
	for _, call := range b.brackets {
		skipped = skipped || call
	}
	switch tok {
	case token.EOF:
		b.arg = nil
		return true, nil
	case token.LPAREN, token.LBRACK, token.LBRACE:
		call := tok == token.LPAREN && prev == token.IDENT && b.qual && b.args == 2 && !skipped
		if call {
			// Have: pkg.F(...): no constant, unless F is a type.
			last := len(b.arg.quals) - 1
			b.arg.calls = append(b.arg.calls, b.arg.quals[last])
			b.arg.quals = b.arg.quals[:last]
		}
		b.brackets = append(b.brackets, call)
	case token.RPAREN, token.RBRACK, token.RBRACE:
		b.brackets = b.brackets[:len(b.brackets)-1]
		if len(b.brackets) == 0 {
			arg := b.arg
			b.arg = nil
			if b.args == 2 {
				return false, arg
			}
			return false, nil // not two arguments: not reported
		}
	case token.COMMA:
		if len(b.brackets) == 1 {
			b.args++
		}
	case token.STRING, token.INT, token.FLOAT, token.IMAG, token.CHAR:
		if b.args == 2 && !skipped {
			return true, nil
		}
	case token.IDENT:
		if b.args != 2 || skipped {
			break
		}
		if lit == "len" || lit == "cap" || lit == "unsafe" {
			return true, nil
		}
		if prev == token.PERIOD {
			b.arg.quals = append(b.arg.quals, [2]string{b.lastName, lit})
		} else {
			b.arg.refs = append(b.arg.refs, lit)
		}
	}
	if tok == token.IDENT {
		b.lastName, b.qual = lit, prev == token.PERIOD
	} else if tok != token.PERIOD {
		b.qual = false
	}
	return false, nil
}

// mayBeConstant reports whether the password argument arg of a call of
// SetBasicAuth in file f of the package may be a constant: it names a
// constant of the package or of an import, a dot import may give it one,
// or it calls an import's type (a conversion).
func (ps *PackageScan) mayBeConstant(f *FileScan, arg basicAuthArg) bool {
	for _, imp := range f.imports {
		if imp.name == "." {
			return true
		}
	}
	for _, r := range arg.refs {
		if len(ps.declared()[r]) > 0 {
			return true
		}
	}
	for _, q := range arg.quals {
		if qs, isImport := importNamed(f, q[0], ps.imports); isImport && (qs == nil || qs.unknown || qs.exportedConsts()[q[1]]) {
			return true
		}
	}
	for _, c := range arg.calls {
		if qs, isImport := importNamed(f, c[0], ps.imports); isImport && (qs == nil || qs.unknown || qs.types[c[1]]) {
			return true
		}
	}
	return false
}

// importNamed returns the scan of the import that file f calls name, and
// whether there is one (nil: its scan is unknown). Package unsafe has an
// unknown scan: its functions give constants.
func importNamed(f *FileScan, name string, imports Imports) (*PackageScan, bool) {
	unnamed := false // an import whose name is unknown: it may be called name
	for _, imp := range f.imports {
		if imp.path == "unsafe" {
			if imp.name == name || imp.name == "" && name == "unsafe" {
				return nil, true
			}
			continue
		}
		var qs *PackageScan
		pkgName := imp.name
		if imports != nil {
			var n string
			n, qs = imports(imp.path)
			if pkgName == "" {
				pkgName = n
			}
		}
		if pkgName == name {
			return qs, true
		}
		unnamed = unnamed || pkgName == ""
	}
	return nil, unnamed
}
