package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"path"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/whispirlint/whispirlint/fixer"
)

// No host-only edits, and no half of a shared URL migrated. When a WL02
// site keeps its key in the query (its fix is declined), the retired hosts
// its URL is built from must stay as they are: a request to the regional
// host with the key still in the query fails, while the untouched site is
// at least reported as a whole. And a site whose fix is offered must not
// rely on a host that stays retired because of another site. So the WL01
// and WL02 reports of a package are held until every site is decided:
//
//  1. each WL02 site is built from the package-level constants and
//     variables, and the fields that hold a Whispir URL, that its function
//     names (and, in turn, their declarations and assignments name);
//  2. the names of declined sites are declined; a site built from a
//     declined name is declined too, until nothing changes;
//  3. WL01 reports inside declined code (a declined site's function, a
//     declined name's declaration or assignment) lose their fix.

// A legacyReport is a held WL01 report.
type legacyReport struct {
	node ast.Node
	host string
	why  string
	fix  *analysis.SuggestedFix
}

// A keyReport is a held WL02 report.
type keyReport struct {
	cur      inspector.Cursor
	pos, end token.Pos
	msg      string
	fix      *analysis.SuggestedFix
	via      []viaCall       // the helper calls the fix relies on (see callee.go)
	shared   map[string]bool // the helpers' header edits among the fix's edits
}

// A declinedRange is code whose retired hosts must not be rewritten.
type declinedRange struct {
	pos, end token.Pos
	site     token.Pos // the declined WL02 site, for the message
	why      string    // or, when set, what declined it
}

// A heldReport is a report of any rule made while WL01 and WL02 reports
// are held, kept in order so that the output does not depend on holding.
type heldReport struct {
	rule     Rule
	pos, end token.Pos
	msg      string
	fix      *analysis.SuggestedFix
	key      *keyReport
	legacy   *legacyReport
}

func (p *passState) queueLegacy(n ast.Node, host, why string, fix *analysis.SuggestedFix) {
	p.held = append(p.held, &heldReport{legacy: &legacyReport{n, host, why, fix}})
}

func (p *passState) queueKey(cur inspector.Cursor, pos, end token.Pos, msg string, fix *analysis.SuggestedFix) {
	k := &keyReport{cur: cur, pos: pos, end: end, msg: msg, fix: fix}
	if fix != nil {
		k.via, k.shared = p.pendingVia, p.pendingShared
	}
	p.pendingVia, p.pendingShared = nil, make(map[string]bool)
	p.keys = append(p.keys, k)
	p.held = append(p.held, &heldReport{key: k})
}

// flushWhispir decides the held reports and emits them.
func (p *passState) flushWhispir() {
	if s := p.cfg.scope; s != nil && p.migratesHosts() {
		s.recordRewrites(p.pass.Pkg.Path())
	}
	p.blockStrays(p.findStrays(p.whispirFiles))
	uses := make([]map[types.Object]bool, len(p.keys))
	for i, k := range p.keys {
		uses[i] = p.builtFrom(k.cur)
	}
	declinedBy := make(map[types.Object]token.Pos) // name -> a declined site using it
	decline := func(i int) {
		k := p.keys[i]
		for obj := range uses[i] {
			if _, ok := declinedBy[obj]; !ok && p.holdsLegacyHost(obj) {
				declinedBy[obj] = k.pos
			}
		}
		if fn := outermostFunc(k.cur); fn != nil {
			p.declined = append(p.declined, declinedRange{pos: fn.Pos(), end: fn.End(), site: k.pos})
		} else if spec := enclosingSpec(k.cur); spec != nil {
			p.declined = append(p.declined, declinedRange{pos: spec.Pos(), end: spec.End(), site: k.pos})
		}
	}
	for i, k := range p.keys {
		if k.fix != nil && p.dropped != nil && p.dropped(ruleKeyInQuery.ID, k.pos) {
			k.fix = nil // suppressed or deselected: left as it is, like a declined site
		}
		if k.fix != nil {
			if name := p.importedLegacyHost(k.cur, uses[i]); name != "" {
				// Not safe: the other package keeps its retired host.
				k.fix = nil
				k.msg += "; its host may come from " + name + ", declared in another package, which keeps its retired host " +
					"while this package writes the key parameter: migrate them together by hand"
			}
		}
		if k.fix == nil {
			decline(i)
		}
	}
	// Names whose retired host stays: used by test files this pass cannot
	// see that send the key in a query, or holding a WL01 report the driver
	// drops (suppressed, deselected).
	declinedWhy := maps.Clone(p.strayHeld)
	if why := p.hostsHeldBy(); why != "" {
		// Have: code this pass cannot see that may add the key to any of
		// the package's URLs (a test file, a package importing this one).
		for _, name := range p.pass.Pkg.Scope().Names() {
			obj := p.pass.Pkg.Scope().Lookup(name)
			if p.urlName(obj) && p.holdsLegacyHost(obj) {
				declinedWhy[obj] = why
			}
		}
		for _, f := range p.pass.Files {
			p.declined = append(p.declined, declinedRange{pos: f.FileStart, end: f.FileEnd, why: why})
		}
		for i, k := range p.keys {
			if k.fix != nil && (p.migrates(k.fix) || p.retiredHostAround(k, uses[i], nil)) {
				// Not safe: the key moves only with its host.
				k.fix = nil
				k.msg += "; " + why + ": migrate that first"
			}
		}
	}
	// A retired host written in a site's own function whose WL01 fix the
	// driver drops (suppressed, deselected) or that has none (a generated
	// file): the key of that function's URLs stays with it.
	var keptHosts []ast.Node
	for _, h := range p.held {
		if h.legacy != nil && p.region != "" && (h.legacy.fix == nil || p.dropped != nil && p.dropped(ruleLegacyHost.ID, h.legacy.node.Pos())) {
			keptHosts = append(keptHosts, h.legacy.node)
		}
	}
	for i, k := range p.keys {
		if k.fix != nil && len(keptHosts) > 0 && p.retiredHostAround(k, nil, keptHosts) {
			k.fix = nil
			k.msg += "; a retired host its function builds URLs from stays as it is: migrate them together by hand"
			decline(i)
		}
	}
	for _, h := range p.held {
		if h.legacy != nil && h.legacy.fix == nil && p.region != "" {
			// Have: a host in a generated file: it stays, so must the keys
			// of the URLs built from it.
			for _, obj := range p.namesHolding(h.legacy.node) {
				if _, ok := declinedWhy[obj]; !ok {
					declinedWhy[obj] = "its retired host is not rewritten (" + h.legacy.why + ")"
				}
			}
			continue
		}
		if h.legacy == nil || h.legacy.fix == nil || p.dropped == nil || !p.dropped(ruleLegacyHost.ID, h.legacy.node.Pos()) {
			continue
		}
		for _, obj := range p.namesHolding(h.legacy.node) {
			declinedWhy[obj] = "the WL01 report on " + obj.Name() + "'s retired host is suppressed"
		}
	}
	for obj, why := range declinedWhy {
		for i, k := range p.keys {
			if k.fix != nil && uses[i][obj] {
				k.fix = nil
				k.msg += "; its URL is built from " + obj.Name() + ", whose host stays retired: " + why
				decline(i)
			}
		}
		for _, n := range p.sources(obj) {
			p.declined = append(p.declined, declinedRange{n.Pos(), n.End(), token.NoPos, why})
		}
	}
	for changed := true; changed; {
		changed = p.withdrawUncovered(decline)
		changed = p.withdrawCopied(decline) || changed
		changed = p.withdrawUneditable(decline) || changed
		for i, k := range p.keys {
			if k.fix == nil {
				continue
			}
			for obj := range uses[i] {
				if at, ok := declinedBy[obj]; ok {
					// Not safe: the name keeps its retired host for the other site.
					k.fix = nil
					k.msg += "; its URL is built from " + obj.Name() + ", which the site at " + p.lineFrom(at, k.pos) +
						" keeps with the key in the query: migrate them together by hand"
					decline(i)
					changed = true
					break
				}
			}
		}
	}
	// A compared host moves with every URL of the package, or stays.
	partial := len(declinedBy) > 0 || len(declinedWhy) > 0 || len(p.declined) > 0
	for _, k := range p.keys {
		partial = partial || k.fix == nil
	}
	for _, h := range p.held {
		partial = partial || h.legacy != nil && h.legacy.fix == nil
	}
	p.holdCompared(decline, partial)
	p.finishKeyParams()
	p.placeSharedEdits()
	for obj, site := range declinedBy {
		for _, n := range p.sources(obj) {
			p.declined = append(p.declined, declinedRange{pos: n.Pos(), end: n.End(), site: site})
		}
	}
	p.recordKeyed()
	p.carryIntoCopies()
	held := p.held
	p.held, p.holding, p.keys = nil, false, nil
	for _, h := range held {
		switch {
		case h.key != nil:
			p.report(ruleKeyInQuery, h.key.pos, h.key.end, h.key.msg, h.key.fix)
		case h.legacy != nil:
			p.reportLegacy(h.legacy)
		default:
			p.report(h.rule, h.pos, h.end, h.msg, h.fix)
		}
	}
}

// hostsHeldBy says why no retired host of the package may be rewritten,
// or "": code the pass cannot see names the key parameter, and may add it
// to any URL the package builds — an in-package test file the pass does
// not hold, or another package of the module that imports this one.
func (p *passState) hostsHeldBy() string {
	if t := p.testFilesUnseen(); t.keyedAt != "" {
		what := "a test file of the package"
		if t.keyedIgnored {
			what = "a file of the package that this build excludes"
		}
		return what + " (" + t.keyedAt + ") names the key parameter where this pass cannot follow it"
	}
	// A package main is imported by no one, but it hands its hosts to the
	// packages it imports (client.New("https://api.whispir.com", key)),
	// which may keep the key in a query: it is held like any other.
	if !p.migratesHosts() || len(p.pass.Files) == 0 {
		return ""
	}
	if s := p.cfg.scope; s != nil {
		if why, ok := s.Held[p.pass.Pkg.Path()]; ok {
			return why
		}
	}
	idx := p.moduleIndex()
	if at := idx.comparingPackage(p.pass.Pkg.Path(), p.cfg.scope); at != "" {
		return "package " + path.Dir(at) + " compares a retired host (" + path.Base(at) + "), which must change with every URL it is compared with"
	}
	if at, importer := idx.keyedNeighbour(p.pass.Pkg.Path(), p.cfg.scope); at != "" {
		rel := "which uses this package"
		if !importer {
			rel = "which this package uses"
		}
		return "package " + path.Dir(at) + ", " + rel + ", writes the key parameter (" + path.Base(at) + ") where this pass cannot follow it"
	}
	return ""
}

// retiredHostAround reports whether the URL of the key site k may be
// built from a retired host its fix does not rewrite: a literal naming one
// in the site's outermost function (among only, when only is not nil), or
// a name of uses that holds one.
func (p *passState) retiredHostAround(k *keyReport, uses map[types.Object]bool, only []ast.Node) bool {
	for obj := range uses {
		if p.holdsLegacyHost(obj) {
			return true
		}
	}
	fn := outermostFunc(k.cur)
	if fn == nil {
		return false
	}
	if only != nil {
		return slices.ContainsFunc(only, func(n ast.Node) bool { return fn.Pos() <= n.Pos() && n.End() <= fn.End() })
	}
	found := false
	ast.Inspect(fn, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			if v, ok := p.stringValue(lit); ok && legacyHostIn(v) != "" {
				found = true
			}
		}
		return !found
	})
	return found
}

// namesHolding returns the package-level names whose declaration holds n.
func (p *passState) namesHolding(n ast.Node) []types.Object {
	var out []types.Object
	scope := p.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !p.urlName(obj) {
			continue
		}
		for _, d := range p.declarations(obj) {
			if d.Pos() <= n.Pos() && n.End() <= d.End() {
				out = append(out, obj)
				break
			}
		}
	}
	return out
}

// builtFrom returns the names a site's URL may be built from: the
// package-level constants and variables of this package and the fields
// holding a Whispir URL that the site's function (or, at package level,
// its declaration) uses, and in turn those their declarations and
// assignments use.
func (p *passState) builtFrom(cur inspector.Cursor) map[types.Object]bool {
	var roots []ast.Node
	if fn := outermostFunc(cur); fn != nil {
		roots = append(roots, fn)
	} else if spec := enclosingSpec(cur); spec != nil {
		roots = append(roots, spec)
	} else {
		roots = append(roots, cur.Node())
	}
	seen := make(map[types.Object]bool)
	skip := make(map[types.Object]bool)
	called := make(map[*types.Func]bool)
	for len(roots) > 0 {
		n := roots[0]
		roots = roots[1:]
		ast.Inspect(n, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				// Have: c.baseURL(): what the functions of this package it
				// calls build their results from counts too.
				if fn := staticCallee(p.pass.TypesInfo, call); fn != nil && fn.Pkg() == p.pass.Pkg && !called[fn] {
					called[fn] = true
					if decl, _ := p.funcDecl(fn); decl != nil {
						roots = append(roots, decl)
						// What the callee's parameters are given at its
						// other calls is not what this URL is built from.
						for i := range fn.Signature().Params().Len() {
							if param := fn.Signature().Params().At(i); !seen[param] {
								seen[param] = true
								skip[param] = true
							}
						}
					}
				}
				return true
			}
			id, ok := n.(*ast.Ident)
			if !ok {
				return true
			}
			obj := p.pass.TypesInfo.Uses[id]
			if obj == nil || seen[obj] || !p.urlName(obj) {
				return true
			}
			seen[obj] = true
			roots = append(roots, p.sources(obj)...)
			return true
		})
	}
	for obj := range skip {
		delete(seen, obj)
	}
	return seen
}

// holdsLegacyHost reports whether a literal in the declaration of obj, or
// in a value assigned to it, names a retired host: a WL01 fix would
// change what obj holds.
func (p *passState) holdsLegacyHost(obj types.Object) bool {
	found := false
	for _, n := range p.sources(obj) {
		ast.Inspect(n, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if v, ok := p.stringValue(lit); ok && legacyHostIn(v) != "" {
					found = true
				}
			}
			return !found
		})
	}
	return found
}

// urlName reports whether obj is a name a URL may be built from and shared
// through: a package-level constant or variable of this package, or a
// variable or field known to hold a Whispir URL.
func (p *passState) urlName(obj types.Object) bool {
	pkgLevel := obj.Pkg() == p.pass.Pkg && obj.Parent() == p.pass.Pkg.Scope()
	switch obj := obj.(type) {
	case *types.Const:
		return pkgLevel && isStringType(obj.Type())
	case *types.Var:
		if obj.IsField() {
			// Have: c.BaseURL, set from a retired host elsewhere; not
			// url.URL's own fields, which every URL shares.
			return p.whispirObjs[obj] && obj.Pkg() == p.pass.Pkg
		}
		t := derefType(obj.Type())
		if p.whispirObjs[obj] && obj.Pkg() == p.pass.Pkg && (isStringType(t) || isNamed(t, "net/url", "URL")) {
			return true // Have: a parameter a call gives a Whispir URL, a local built from one
		}
		return pkgLevel && (isStringType(t) || isNamed(t, "net/url", "URL"))
	}
	return false
}

// isURLType reports whether values of t may hold a URL: a string, or a
// url.URL or a pointer to one.
func isURLType(t types.Type) bool {
	t = derefType(t)
	return isStringType(t) || isNamed(t, "net/url", "URL")
}

func isStringType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// declarations returns the declaration of obj and the values assigned to
// it in this package.
func (p *passState) declarations(obj types.Object) []ast.Node {
	var out []ast.Node
	if spec := p.declSpec(obj); spec != nil {
		out = append(out, spec)
	}
	// A value bound from other variables comes from what those are bound
	// to: c.base = base, where New(base string) is called with a literal;
	// a parameter given api.endpoint + "users", where the field is set
	// from a package variable.
	seen := map[types.Object]bool{obj: true}
	for queue := []types.Object{obj}; len(queue) > 0; queue = queue[1:] {
		for _, b := range p.bindings {
			if b.obj != queue[0] {
				continue
			}
			out = append(out, b.val)
			ast.Inspect(b.val, func(n ast.Node) bool {
				if _, ok := n.(*ast.FuncLit); ok {
					return false
				}
				id, ok := n.(*ast.Ident)
				if !ok {
					return true
				}
				v, ok := p.pass.TypesInfo.Uses[id].(*types.Var)
				if !ok || v.Pkg() != p.pass.Pkg || seen[v] || !isURLType(v.Type()) {
					return true
				}
				seen[v] = true
				if v.Parent() == p.pass.Pkg.Scope() {
					if spec := p.declSpec(v); spec != nil {
						out = append(out, spec)
					}
				}
				queue = append(queue, v)
				return true
			})
		}
	}
	return out
}

// sources returns what obj's value may be built from: its declarations,
// and the whole function around a value assigned to it there (a local
// built from url.Parse(cfg.Address), then stored in a field).
func (p *passState) sources(obj types.Object) []ast.Node {
	out := p.declarations(obj)
	for _, n := range out {
		if fn := p.funcAt(n.Pos()); fn != nil {
			out = append(out, fn)
		}
	}
	return out
}

// funcAt returns the top-level function declaration holding pos, or nil.
func (p *passState) funcAt(pos token.Pos) ast.Node {
	for _, f := range p.pass.Files {
		if pos < f.FileStart || pos > f.FileEnd {
			continue
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Pos() <= pos && pos < fd.End() {
				return fd
			}
		}
	}
	return nil
}

// outermostFunc returns the top-level function declaration around cur.
func outermostFunc(cur inspector.Cursor) ast.Node {
	var fn ast.Node
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fn = c.Node()
	}
	return fn
}

func enclosingSpec(cur inspector.Cursor) ast.Node {
	for c := range cur.Enclosing((*ast.ValueSpec)(nil)) {
		return c.Node()
	}
	return nil
}

// declSpec returns the package-level declaration of obj in this package.
func (p *passState) declSpec(obj types.Object) *ast.ValueSpec {
	if obj.Pkg() != p.pass.Pkg || obj.Parent() != p.pass.Pkg.Scope() {
		return nil
	}
	for _, f := range p.pass.Files {
		if obj.Pos() < f.FileStart || obj.Pos() > f.FileEnd {
			continue
		}
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || obj.Pos() < gd.Pos() || obj.Pos() > gd.End() {
				continue
			}
			for _, spec := range gd.Specs {
				if vs, ok := spec.(*ast.ValueSpec); ok && vs.Pos() <= obj.Pos() && obj.Pos() < vs.End() {
					return vs
				}
			}
		}
	}
	return nil
}

// legacyFixStands reports whether the host fix of r is offered when it is
// reported: no declined site's range holds it, and the driver keeps it.
func (p *passState) legacyFixStands(r *legacyReport) bool {
	if r.fix == nil || p.declinedSpans().first(r.node.Pos(), r.node.End()) >= 0 {
		return false
	}
	return p.dropped == nil || !p.dropped(ruleLegacyHost.ID, r.node.Pos())
}

// reportLegacy emits a held WL01 report, without a fix inside declined code.
func (p *passState) reportLegacy(r *legacyReport) {
	if s := p.cfg.scope; s != nil && p.region != "" && !p.legacyFixStands(r) {
		// Other packages of the run that build URLs from these names
		// must keep their keys too.
		for _, obj := range p.namesHolding(r.node) {
			s.recordKept(p.pass.Pkg.Path(), obj.Name())
		}
	}
	why, fix := r.why, r.fix
	if fix != nil {
		// The first declined range (in the order they were added) that holds the node.
		if i := p.declinedSpans().first(r.node.Pos(), r.node.End()); i >= 0 {
			d := p.declined[i]
			fix = nil
			why = "the URL is also built with the API key in the query at " + p.lineFrom(d.site, r.node.Pos()) +
				", which needs a change by hand: migrate the host there with it"
			if d.why != "" {
				why = d.why + ": migrate them together by hand"
			}
		}
	}
	p.report(ruleLegacyHost, r.node.Pos(), r.node.End(), fixer.LegacyHostMessage(r.host, p.region, why), fix)
}
