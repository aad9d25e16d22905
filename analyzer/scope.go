package analyzer

import (
	"go/token"
	"maps"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// A whole-program driver sees every package it analyzes, so it can do
// better than the module scan of importers.go: it runs the analyzer over
// all its packages, learns which of them keep a key in a query (a WL02
// site left for a change by hand, a stray), and runs it again with the
// packages those import held (their hosts stay retired), until nothing
// changes. Per-package drivers (go vet, golangci-lint) cannot, and keep the
// module scan.

// A Scope is what a whole-program driver tells the analyzer, and learns
// from it, between two runs over the same packages.
type Scope struct {
	// Roots are the import paths of the packages the run may edit.
	Roots map[string]bool
	// Held maps the import paths of packages whose retired hosts must stay
	// to why ("package x/y (y.go:12), which uses it, keeps the key in the
	// query").
	Held map[string]string
	// LeftOut, when not nil, reports whether the run leaves the file name
	// as it is (-exclude): no fix may edit it. LeavesReport reports whether
	// the run leaves out a report that starts on line of name
	// (-new-from-rev): its fix is not applied. Both are read as the
	// suppressions are: what the run does not fix counts as declined, and
	// keeps what shares its values (its hosts, its helpers) as it is.
	LeftOut      func(name string) bool
	LeavesReport func(name string, line int) bool
	// NoTests says the run analyzes no test files (-test=false): a key
	// a package's test files put in a query is kept there.
	NoTests bool

	mu       sync.Mutex
	keyedAt  map[string]string // import path → where it keeps a key in a query
	rewrites map[string]bool   // import paths of packages with fixes that rewrite a host
	compared map[string]string // import path → where it compares a retired host
	partial  map[string]bool   // import paths of packages where a site or host is not migrated
	kept     map[string]bool   // "path.Name": package-level names whose retired host a round kept
	keptSeen map[string]bool   // kept as the passes of this round read it: the earlier rounds'
}

// keeps reports whether an earlier round kept the retired host of the
// package-level name of the package at pkgPath (see NextRound).
func (s *Scope) keeps(pkgPath, name string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.keptSeen[pkgPath+"."+name]
}

func (s *Scope) recordKept(pkgPath, name string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.kept == nil {
		s.kept = make(map[string]bool)
	}
	s.kept[pkgPath+"."+name] = true
}

// NextRound makes the names whose hosts the last round kept visible to the
// next, and returns the import paths of the packages that declare new
// ones: the packages that build URLs from them must then be analyzed
// again.
func (s *Scope) NextRound() map[string]bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	grew := make(map[string]bool)
	for k := range s.kept {
		if !s.keptSeen[k] {
			if s.keptSeen == nil {
				s.keptSeen = make(map[string]bool)
			}
			s.keptSeen[k] = true
			grew[k[:strings.LastIndexByte(k, '.')]] = true
		}
	}
	return grew
}

// Partial reports whether the last run left a site or host of the package
// at pkgPath unmigrated.
func (s *Scope) Partial(pkgPath string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.partial[pkgPath]
}

// AnyPartial reports whether the last run left any site or host unmigrated.
func (s *Scope) AnyPartial() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.partial) > 0
}

func (s *Scope) recordPartial(pkgPath string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.partial == nil {
		s.partial = make(map[string]bool)
	}
	s.partial[pkgPath] = true
}

// Compared returns, by import path, where the last run found a retired host
// compared (a pattern that must change with every URL it is compared with).
func (s *Scope) Compared() map[string]string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return maps.Clone(s.compared)
}

func (s *Scope) recordCompared(pkgPath, at string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.compared == nil {
		s.compared = make(map[string]string)
	}
	if old, ok := s.compared[pkgPath]; !ok || at < old {
		s.compared[pkgPath] = at
	}
}

// Rewrites reports whether the last run offered, before holding anything,
// a fix that rewrites a host of the package at pkgPath.
func (s *Scope) Rewrites(pkgPath string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.rewrites[pkgPath]
}

func (s *Scope) recordRewrites(pkgPath string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.rewrites == nil {
		s.rewrites = make(map[string]bool)
	}
	s.rewrites[pkgPath] = true
}

// KeyedAt returns, by import path, where the last run left a key in a
// query, for the packages where it did.
func (s *Scope) KeyedAt() map[string]string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return maps.Clone(s.keyedAt)
}

func (s *Scope) recordKeyed(pkgPath, at string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.keyedAt == nil {
		s.keyedAt = make(map[string]string)
	}
	if old, ok := s.keyedAt[pkgPath]; !ok || at < old {
		s.keyedAt[pkgPath] = at
	}
}

var configs sync.Map // *analysis.Analyzer → *Config, for WithScope

// WithScope returns a copy of a, an analyzer made by this package, that
// runs with s: hosts of held packages stay, sites built on them or on
// packages outside the roots are declined, and where a key stays in a
// query is recorded in s.
func WithScope(a *analysis.Analyzer, s *Scope) *analysis.Analyzer {
	v, ok := configs.Load(a)
	if !ok {
		return a
	}
	b := *a
	b.Run = func(pass *analysis.Pass) (any, error) {
		c := *v.(*Config) // read now: the flags are set after the analyzer is made
		c.scope = s
		return runSelected(pass, c)
	}
	return &b
}

// recordKeyed tells a whole-program driver where this package keeps a key
// in a query: a WL02 site without a fix, or a stray.
func (p *passState) recordKeyed() {
	s := p.cfg.scope
	if s == nil {
		return
	}
	for _, h := range p.held {
		var pos token.Pos
		switch {
		case h.key != nil && h.key.fix == nil:
			pos = h.key.pos
		case h.key == nil && h.legacy == nil && h.rule.ID == ruleKeyInQuery.ID && h.fix == nil:
			pos = h.pos
		default:
			continue
		}
		s.recordKeyed(p.pass.Pkg.Path(), p.fileLine(pos))
	}
	// Have: test files the run does not analyze that put the key in a
	// query: the hosts of what they import must stay too.
	if u := p.testFilesUnseen(); u.keyedAt != "" && (s.NoTests || u.keyedIgnored) {
		s.recordKeyed(p.pass.Pkg.Path(), u.keyedAt)
	}
}
