package analyzer

import "go/token"

// Which constants may hold a hint, asked name by name. A package uses an
// import's hinted constant only by a name after a dot (see MayReport), and
// most such names are functions, types or constants of plain numbers: a
// question about one name evaluates only the declarations that name is
// built from, in its package and, through qualified names, in the packages
// it imports, however deep. (Deciding every constant of net/http at once
// would scan runtime, for the constants built from runtime.GOOS.)

// A constName asks about the constants called name in a package: whether
// one may have a string value (str: any scope, see stringish) or, declared
// at package level, a value that may hold a hint (see mayHint).
type constName struct {
	ps   *PackageScan
	name string
	str  bool
}

// A specAt is a constant declaration and the file that holds it.
type specAt struct {
	f  *FileScan
	sp *constSpec
}

// unsafeScan is the scan of package unsafe: no constants.
var unsafeScan = &PackageScan{}

// declared returns the package's constant declarations by the names they
// declare, of all scopes together (more is safe).
func (ps *PackageScan) declared() map[string][]specAt {
	if ps.decls == nil {
		ps.decls = make(map[string][]specAt)
		for i := range ps.files {
			f := &ps.files[i]
			for j := range f.specs {
				for _, n := range f.specs[j].names {
					ps.decls[n] = append(ps.decls[n], specAt{f, &f.specs[j]})
				}
			}
		}
	}
	return ps.decls
}

// exportedConsts returns the exported names of the package's
// package-level constants.
func (ps *PackageScan) exportedConsts() map[string]bool {
	if ps.exported == nil {
		ps.exported = make(map[string]bool)
		for n, decls := range ps.declared() {
			for _, d := range decls {
				if d.sp.top && token.IsExported(n) {
					ps.exported[n] = true
				}
			}
		}
	}
	return ps.exported
}

// known returns the answer to q if it is known without evaluating
// anything: no constant has the name, or q was answered before.
func (q constName) known() (v, ok bool) {
	if len(q.ps.declared()[q.name]) == 0 {
		return false, true
	}
	memo := q.ps.hinted
	if q.str {
		memo = q.ps.strs
	}
	v, ok = memo[q.name]
	return v, ok
}

// remember records v as the answer to q.
func (q constName) remember(v bool) {
	memo := &q.ps.hinted
	if q.str {
		memo = &q.ps.strs
	}
	if *memo == nil {
		*memo = make(map[string]bool)
	}
	(*memo)[q.name] = v
}

// value answers q: the least solution of the rules (stringish, mayHint)
// over the questions q depends on, directly or not, each of which is
// answered and remembered on the way. (A cycle, possible where names of
// different scopes meet, adds nothing, as in a least solution.)
func (q constName) value() bool {
	if v, ok := q.known(); ok {
		return v
	}
	// The questions q depends on, q first: a rule asks each question it
	// may need when every unknown answer is false.
	nodes := []constName{q}
	index := map[constName]int{q: 0}
	for i := 0; i < len(nodes); i++ {
		nodes[i].rule(func(d constName) bool {
			if v, ok := d.known(); ok {
				return v
			}
			if _, ok := index[d]; !ok {
				index[d] = len(nodes)
				nodes = append(nodes, d)
			}
			return false
		})
	}
	vals := make([]bool, len(nodes))
	get := func(d constName) bool {
		if v, ok := d.known(); ok {
			return v
		}
		return vals[index[d]]
	}
	for changed := true; changed; {
		changed = false
		for i, n := range nodes {
			if !vals[i] && n.rule(get) {
				vals[i], changed = true, true
			}
		}
	}
	for i, n := range nodes {
		n.remember(vals[i])
	}
	return vals[0]
}

// rule answers q from the answers get gives to the questions it depends
// on: some declaration of the name may have a string value, or, at package
// level, a hinted one.
func (q constName) rule(get func(constName) bool) bool {
	for _, d := range q.ps.declared()[q.name] {
		if q.str && q.ps.stringish(d.f, d.sp, get) || !q.str && d.sp.top && q.ps.mayHint(d.f, d.sp, get) {
			return true
		}
	}
	return false
}

// stringish reports whether the value of sp, declared in f, may be a
// string: a string literal, a conversion or call, an imported name under a
// dot import, or a constant that may be a string (get answers).
func (ps *PackageScan) stringish(f *FileScan, sp *constSpec, get func(constName) bool) bool {
	if sp.direct || sp.foreign {
		return true
	}
	for _, r := range sp.refs {
		if get(constName{ps, r, true}) {
			return true
		}
	}
	for _, q := range sp.quals {
		if qs, ok := qualified(f, q[0], ps.imports); !ok || get(constName{qs, q[1], true}) {
			return true
		}
	}
	return false
}

// mayHint reports whether the value of sp, declared in f, may hold a
// hint: a hinted literal, an imported name under a dot import, a
// concatenation of what may be strings, or a package-level constant that
// may (get answers).
func (ps *PackageScan) mayHint(f *FileScan, sp *constSpec, get func(constName) bool) bool {
	if sp.hinted || sp.foreign || sp.join && ps.stringish(f, sp, get) {
		return true
	}
	for _, r := range sp.refs {
		if get(constName{ps, r, false}) {
			return true
		}
	}
	for _, q := range sp.quals {
		if qs, ok := qualified(f, q[0], ps.imports); !ok || get(constName{qs, q[1], false}) {
			return true
		}
	}
	return false
}
