package analyzer

// This file is rule selection (-rules, -disable) and suppression by
// directives in comments, applied inside the analyzer so that every driver
// (standalone, go vet, golangci-lint, nogo) honours them:
//
//	//whispirlint:ignore WL12 reason      the line it ends, or the next line when alone on its line;
//	                                      in a declaration's doc comment, the whole declaration
//	//whispirlint:file-ignore WL01 reason the whole file
//	//nolint:whispirlint [// reason]      as golangci-lint's nolint (reason optional); under
//	                                      golangci-lint, golangci-lint's own (Config.NolintByDriver)
//
// Several rules are separated by commas. A whispirlint directive without a
// reason, and a directive that suppresses nothing, are reported (WL90).
// The suppressed findings are the analyzer's result (*Suppressed), for
// drivers that record them (SARIF suppressions).

import (
	"fmt"
	"go/ast"
	"go/token"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// ruleDirective reports suppression directives that are wrong or unused.
var ruleDirective = Rule{
	ID:    "WL90",
	Name:  "bad-directive",
	Title: "Suppression directive without a reason or without effect",
	Finds: "//whispirlint:ignore and //whispirlint:file-ignore directives without a reason or with an unknown rule ID, " +
		"and suppression directives (//nolint:whispirlint included) that suppress no finding.",
	Since:  "v0.1.0",
	Before: "//whispirlint:ignore WL12\nreq.Header.Set(\"x-api-key\", testKey)",
	After:  "//whispirlint:ignore WL12 a key of the sandbox account, revoked\nreq.Header.Set(\"x-api-key\", testKey)",
}

// Suppressed is the analyzer's result: the findings that directives
// suppressed in the package.
type Suppressed struct {
	Findings []SuppressedFinding
}

// A SuppressedFinding is a diagnostic and the directive that suppressed it.
type SuppressedFinding struct {
	Diagnostic analysis.Diagnostic
	Directive  string // the directive's text, "//whispirlint:ignore WL12 reason"
	Reason     string // "" when the directive gives none
	Pos        token.Pos
}

var suppressedType = reflect.TypeOf((*Suppressed)(nil))

// A directive is one suppression comment.
type directive struct {
	pos         token.Pos
	text        string
	rules       []string // nil: every rule (nolint)
	reason      string
	nolint      bool
	first, last int // the lines it covers
	used        bool
}

// runSelected runs the rules c selects, dropping the findings that a
// directive suppresses, and reporting bad and unused directives.
func runSelected(pass *analysis.Pass, c Config) (any, error) {
	s := &suppressor{pass: pass, cfg: c, report: pass.Report, files: make(map[*token.File][]*directive)}
	pass.Report = s.filter
	defer func() { pass.Report = s.report }()
	if _, err := run(pass, c, s.drops); err != nil {
		return nil, err
	}
	s.reportDirectives()
	return &Suppressed{Findings: s.suppressed}, nil
}

type suppressor struct {
	pass       *analysis.Pass
	cfg        Config
	report     func(analysis.Diagnostic)
	files      map[*token.File][]*directive
	suppressed []SuppressedFinding
}

// drops reports whether filter would drop a report of rule at pos, without
// marking any directive used: the WL02 fixes it drops count as declined
// (see decline.go), so no host is migrated for a site left as it was.
func (s *suppressor) drops(rule string, pos token.Pos) bool {
	if !s.cfg.selects(rule) {
		return true
	}
	tf := s.pass.Fset.File(pos)
	if tf == nil {
		return false
	}
	line := tf.Line(pos)
	if sc := s.cfg.scope; sc != nil {
		if sc.LeftOut != nil && sc.LeftOut(tf.Name()) || sc.LeavesReport != nil && sc.LeavesReport(tf.Name(), line) {
			return true // the run leaves the report out (-exclude, -new-from-rev)
		}
	}
	for _, dir := range s.directives(tf) {
		if dir.first <= line && line <= dir.last && (dir.rules == nil || slices.Contains(dir.rules, rule)) {
			return true
		}
	}
	return false
}

func (s *suppressor) filter(d analysis.Diagnostic) {
	if !s.cfg.selects(d.Category) {
		return
	}
	tf := s.pass.Fset.File(d.Pos)
	if tf == nil {
		s.report(d)
		return
	}
	line := tf.Line(d.Pos)
	for _, dir := range s.directives(tf) {
		if dir.nolint && s.cfg.NolintByDriver {
			// Reported: golangci-lint applies //nolint itself, and
			// nolintlint then sees it used. drops still counts it, so
			// that no fix migrates around a finding the driver drops.
			continue
		}
		if dir.first <= line && line <= dir.last && (dir.rules == nil || slices.Contains(dir.rules, d.Category)) {
			dir.used = true
			s.suppressed = append(s.suppressed, SuppressedFinding{Diagnostic: d, Directive: dir.text, Reason: dir.reason, Pos: dir.pos})
			return
		}
	}
	s.report(d)
}

// directives returns the directives of a file of the pass, parsed once.
func (s *suppressor) directives(tf *token.File) []*directive {
	if dirs, ok := s.files[tf]; ok {
		return dirs
	}
	var dirs []*directive
	for _, f := range s.pass.Files {
		if s.pass.Fset.File(f.FileStart) == tf {
			dirs = s.parseFile(f, tf)
			break
		}
	}
	s.files[tf] = dirs
	return dirs
}

func (s *suppressor) parseFile(f *ast.File, tf *token.File) []*directive {
	docOf := declDocs(f, tf)
	var src []byte // read on demand: is a comment alone on its line?
	var dirs []*directive
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			dir := parseDirective(c.Text)
			if dir == nil {
				continue
			}
			dir.pos = c.Slash
			line := tf.Line(c.Slash)
			dir.first, dir.last = line, line
			switch {
			case strings.HasPrefix(dir.text, "//whispirlint:file-ignore"):
				dir.first, dir.last = 1, tf.LineCount()
			case docOf[cg] != [2]int{}:
				dir.first, dir.last = min(line, docOf[cg][0]), docOf[cg][1]
			default:
				if src == nil {
					src, _ = s.pass.ReadFile(tf.Name())
				}
				if aloneOnLine(src, tf, c.Slash) {
					dir.last = line + 1
				}
			}
			dirs = append(dirs, dir)
		}
	}
	return dirs
}

// declDocs maps each doc comment of a declaration (or of one spec of it) to
// the lines of what it documents.
func declDocs(f *ast.File, tf *token.File) map[*ast.CommentGroup][2]int {
	docs := make(map[*ast.CommentGroup][2]int)
	add := func(doc *ast.CommentGroup, n ast.Node) {
		if doc != nil {
			docs[doc] = [2]int{tf.Line(n.Pos()), tf.Line(n.End())}
		}
	}
	for _, decl := range f.Decls {
		switch decl := decl.(type) {
		case *ast.FuncDecl:
			add(decl.Doc, decl)
		case *ast.GenDecl:
			add(decl.Doc, decl)
			for _, spec := range decl.Specs {
				switch spec := spec.(type) {
				case *ast.ValueSpec:
					add(spec.Doc, spec)
				case *ast.TypeSpec:
					add(spec.Doc, spec)
				}
			}
		}
	}
	return docs
}

// aloneOnLine reports whether only blanks precede pos on its line.
func aloneOnLine(src []byte, tf *token.File, pos token.Pos) bool {
	off := tf.Offset(pos)
	start := tf.Offset(tf.LineStart(tf.Line(pos)))
	if src == nil || off > len(src) {
		return false
	}
	return strings.TrimLeft(string(src[start:off]), " \t") == ""
}

// parseDirective parses a //whispirlint: or //nolint comment; nil for any
// other comment.
func parseDirective(text string) *directive {
	switch {
	case strings.HasPrefix(text, "//whispirlint:ignore ") || text == "//whispirlint:ignore" ||
		strings.HasPrefix(text, "//whispirlint:file-ignore ") || text == "//whispirlint:file-ignore":
		_, rest, _ := strings.Cut(text, " ")
		ids, reason, _ := strings.Cut(strings.TrimSpace(rest), " ")
		dir := &directive{text: text, reason: strings.TrimSpace(reason), rules: []string{}}
		for id := range strings.SplitSeq(ids, ",") {
			if id != "" {
				dir.rules = append(dir.rules, id)
			}
		}
		return dir
	case strings.HasPrefix(text, "//nolint"):
		// Have: //nolint, //nolint:whispirlint,errcheck // reason
		list, reason, _ := strings.Cut(strings.TrimPrefix(text, "//nolint"), "//")
		list = strings.TrimSpace(list)
		if list != "" && !strings.HasPrefix(list, ":") {
			return nil // //nolintfoo
		}
		names := strings.Split(strings.TrimPrefix(list, ":"), ",")
		if list != "" && !slices.ContainsFunc(names, func(n string) bool { n = strings.TrimSpace(n); return n == Name || n == "all" }) {
			return nil
		}
		return &directive{text: text, reason: strings.TrimSpace(reason), nolint: true}
	}
	return nil
}

// reportDirectives reports, in every file of the pass, the whispirlint
// directives without a reason or with an unknown rule, and the directives
// that suppressed nothing (unless the rules they name are not selected).
func (s *suppressor) reportDirectives() {
	for _, f := range s.pass.Files {
		tf := s.pass.Fset.File(f.FileStart)
		for _, dir := range s.directives(tf) {
			if dir.nolint && s.cfg.NolintByDriver {
				continue // nolintlint's to check
			}
			if msg := s.problem(dir); msg != "" && s.cfg.selects(ruleDirective.ID) {
				s.report(analysis.Diagnostic{Pos: dir.pos, End: dir.pos + token.Pos(len(dir.text)), Category: ruleDirective.ID,
					Message: ruleDirective.ID + ": " + msg})
			}
		}
	}
}

func (s *suppressor) problem(dir *directive) string {
	if !dir.nolint {
		if len(dir.rules) == 0 {
			return "suppression directive names no rule: write " + strings.Fields(dir.text)[0] + " WL12 reason"
		}
		for _, id := range dir.rules {
			if _, ok := RuleByID(id); !ok {
				return fmt.Sprintf("suppression directive names %q, which is not a rule", id)
			}
		}
		if dir.reason == "" {
			return "suppression directive without a reason: say why after the rule IDs"
		}
	}
	if dir.used {
		return ""
	}
	if dir.rules != nil && !slices.ContainsFunc(dir.rules, func(id string) bool { return s.runs(id, dir.pos) }) {
		return "" // its rules do not run here: it cannot be used
	}
	what := "finding"
	if dir.rules != nil {
		what = strings.Join(dir.rules, " or ") + " finding"
	}
	return "unused suppression directive: no " + what + " here"
}

// runs reports whether rule id runs at pos: it is selected, and it is not
// a hardcoded-credential rule in a _test.go file without -secrets-in-tests.
func (s *suppressor) runs(id string, pos token.Pos) bool {
	if !s.cfg.selects(id) {
		return false
	}
	if (id == ruleBasicCredentials.ID || id == ruleHardcodedKey.ID) && !s.cfg.SecretsInTests {
		return !strings.HasSuffix(s.pass.Fset.File(pos).Name(), "_test.go")
	}
	return true
}

// selects reports whether the configuration runs rule id.
func (c Config) selects(id string) bool {
	if len(c.Rules) > 0 && !slices.Contains(c.Rules, id) {
		return false
	}
	return !slices.Contains(c.Disable, id)
}

// checkRuleIDs rejects unknown rules in -rules and -disable.
func checkRuleIDs(list []string) error {
	_, err := ruleIDs(list)
	return err
}

// ruleListFlag is -rules or -disable: comma-separated rule IDs or names,
// held as IDs.
type ruleListFlag struct{ p *[]string }

func (f ruleListFlag) String() string {
	if f.p == nil {
		return ""
	}
	return strings.Join(*f.p, ",")
}

func (f ruleListFlag) Set(s string) error {
	var list []string
	for r := range strings.SplitSeq(s, ",") {
		if r = strings.TrimSpace(r); r != "" {
			list = append(list, r)
		}
	}
	ids, err := ruleIDs(list)
	if err != nil {
		return err
	}
	*f.p = ids
	return nil
}
