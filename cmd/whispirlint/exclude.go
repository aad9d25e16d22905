package main

// This file narrows a standalone report: -exclude drops the findings in
// files whose paths match glob patterns, -exclude-generated those in
// generated files, -new-from-rev (baseline.go) those on lines not changed
// since a git revision. A file left out of the report is also never
// edited by -fix: a fix that would touch one is listed as not fixed.

import (
	"fmt"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/whispirlint/whispirlint/analyzer"
)

// excludeFlag is -exclude, which may be repeated; each value may also be
// a comma-separated list.
type excludeFlag struct{ p *[]string }

func (f excludeFlag) String() string {
	if f.p == nil {
		return ""
	}
	return strings.Join(*f.p, ",")
}

func (f excludeFlag) Set(s string) error {
	for p := range strings.SplitSeq(s, ",") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		if _, err := path.Match(strings.ReplaceAll(p, "**", "*"), ""); err != nil {
			return fmt.Errorf("bad pattern %q: %v", p, err)
		}
		*f.p = append(*f.p, p)
	}
	return nil
}

// matchExclude reports whether the file rel (slash-separated, relative to
// the current directory) is excluded by pattern, a subset of .gitignore's
// syntax: a pattern without a slash matches a file or directory name at any
// depth (*.pb.go, testdata); one with a slash matches from the current
// directory (internal/gen, cmd/*/legacy.go); ** matches any number of
// directories (**/mocks); a matching directory excludes all below it.
func matchExclude(pattern, rel string) bool {
	segs := strings.Split(rel, "/")
	pattern = strings.TrimPrefix(strings.TrimSuffix(pattern, "/"), "./")
	if !strings.Contains(pattern, "/") {
		return slices.ContainsFunc(segs, func(s string) bool { ok, _ := path.Match(pattern, s); return ok })
	}
	return matchSegs(strings.Split(pattern, "/"), segs)
}

// matchSegs matches pattern segments against the leading path segments.
func matchSegs(pat, segs []string) bool {
	switch {
	case len(pat) == 0:
		return true // the pattern named a directory that holds the file
	case pat[0] == "**":
		for i := 0; i <= len(segs); i++ {
			if matchSegs(pat[1:], segs[i:]) {
				return true
			}
		}
		return false
	case len(segs) == 0:
		return false
	}
	ok, _ := path.Match(pat[0], segs[0])
	return ok && matchSegs(pat[1:], segs[1:])
}

// exclusions is what the report leaves out: files by pattern, generated
// files, and (with -new-from-rev) the lines not changed.
type exclusions struct {
	cwd       string
	patterns  []string
	generated bool
	files     []string          // absolute names left out whatever the patterns (the -o file)
	changed   map[string][]span // -new-from-rev: the changed lines of each file; nil without it
}

// A span is lines [from, to] of a file.
type span struct{ from, to int }

// file reports whether the findings in name are left out, and its fixes
// never applied.
func (x *exclusions) file(r *report, name string) bool {
	if x.generated {
		if info := r.files[name]; info != nil && info.generated {
			return true
		}
	}
	return x.named(name)
}

// named reports whether the file name is left out by name: a pattern or
// the -o file. (Generated files are the analyzer's to leave as they are.)
func (x *exclusions) named(name string) bool {
	if slices.Contains(x.files, name) {
		return true
	}
	rel := filepath.ToSlash(displayPath(x.cwd, name))
	return slices.ContainsFunc(x.patterns, func(p string) bool { return matchExclude(p, rel) })
}

// leavesLine reports whether -new-from-rev leaves out a finding that
// starts on line of the file name (one that ends on a later changed line
// is kept: asking for its first line only errs on the side of leaving
// its fix out).
func (x *exclusions) leavesLine(name string, line int) bool {
	if x.changed == nil {
		return false
	}
	return !slices.ContainsFunc(x.changedSpans(name), func(s span) bool { return s.from <= line && line <= s.to })
}

// scope tells the analysis what the run leaves out, so that a fix the run
// will not apply counts as declined there (analyzer.Scope).
func (x *exclusions) scope(s *analyzer.Scope) {
	if x == nil {
		return
	}
	s.LeftOut = x.named
	if x.changed != nil {
		s.LeavesReport = x.leavesLine
	}
}

// keeps reports whether f stays in the report.
func (x *exclusions) keeps(r *report, f finding) bool {
	if x.file(r, f.pos.Filename) {
		return false
	}
	if x.changed == nil {
		return true
	}
	end := f.end.Line
	if !f.end.IsValid() {
		end = f.pos.Line
	}
	return slices.ContainsFunc(x.changedSpans(f.pos.Filename), func(s span) bool { return s.from <= end && f.pos.Line <= s.to })
}

// changedSpans returns the lines of the file name that -new-from-rev
// counts as changed.
func (x *exclusions) changedSpans(name string) []span {
	spans, ok := x.changed[name]
	if !ok {
		if real, err := filepath.EvalSymlinks(name); err == nil {
			spans = x.changed[real] // git names files by their real path
		}
	}
	return spans
}

// exclude drops the findings x leaves out, and keeps x for -fix.
func (r *report) exclude(x *exclusions) {
	keep := func(f finding) bool { return x.keeps(r, f) }
	r.findings = slices.DeleteFunc(r.findings, func(f finding) bool { return !keep(f) })
	r.suppressed = slices.DeleteFunc(r.suppressed, func(f finding) bool { return !keep(f) })
	r.exclusions = x
}

// exclusions are the exclusions o asks for, or nil.
func (o *options) exclusions(cwd string) (*exclusions, error) {
	x := &exclusions{cwd: cwd, patterns: o.exclude, generated: o.excludeGenerated}
	if o.output != "" {
		// The report itself is no configuration file to scan.
		x.files = append(x.files, filepath.Join(cwd, o.output))
		if filepath.IsAbs(o.output) {
			x.files = []string{filepath.Clean(o.output)}
		}
	}
	if o.newFromRev != "" {
		changed, err := changedLines(cwd, o.newFromRev)
		if err != nil {
			return nil, fmt.Errorf("-new-from-rev %s: %v", o.newFromRev, err)
		}
		x.changed = changed
	}
	if len(x.patterns) == 0 && !x.generated && len(x.files) == 0 && x.changed == nil {
		return nil, nil
	}
	return x, nil
}
