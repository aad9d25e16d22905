package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// A rule is one literal substitution of a rehost file:
//
//	PREFIX | OLD | NEW
//
// replaces every OLD with NEW in the non-test .go files whose path (relative
// to the module root, slash-separated) starts with PREFIX ("." is every
// file). PREFIX may list several prefixes separated by spaces; one written
// !P excludes the files under P. Substitutions are plain text, never regular expressions, so that a
// rehost stays mechanical: the base URL and the key parameter's name change,
// nothing else. A rule that matches nothing is an error: the library changed
// and its rules must be looked at again.
//
// A line
//
//	absent PREFIX | TEXT
//
// is a check, not a substitution: after the substitutions, no string
// literal (struct tags aside) of those files may still hold TEXT. It catches
// a rehost that missed one spelling of the key parameter.
type rule struct {
	line           int
	prefix, old, n string
	absent         bool // a check: old must not remain in a literal
}

func readRules(path string) ([]rule, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rules []rule
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, " | ")
		if check, ok := strings.CutPrefix(line, "absent "); ok {
			parts = strings.Split(check, " | ")
			if len(parts) != 2 || parts[1] == "" {
				return nil, fmt.Errorf("%s:%d: want absent PREFIX | TEXT", path, n)
			}
			rules = append(rules, rule{line: n, prefix: strings.TrimSpace(parts[0]), old: parts[1], absent: true})
			continue
		}
		if len(parts) != 3 || parts[1] == "" {
			return nil, fmt.Errorf("%s:%d: want PREFIX | OLD | NEW", path, n)
		}
		rules = append(rules, rule{line: n, prefix: strings.TrimSpace(parts[0]), old: parts[1], n: parts[2]})
	}
	return rules, sc.Err()
}

func (r rule) applies(rel string) bool {
	in := false
	for _, p := range strings.Fields(r.prefix) {
		if excl, ok := strings.CutPrefix(p, "!"); ok {
			if strings.HasPrefix(rel, excl) {
				return false
			}
		} else if p == "." || strings.HasPrefix(rel, p) {
			in = true
		}
	}
	return in
}

func rehost(dir, rulesPath string) error {
	rules, err := readRules(rulesPath)
	if err != nil {
		return err
	}
	counts := make([]int, len(rules))
	var left []string // literals an absent check found
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !isLibrarySource(path) {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		text := string(data)
		for i, r := range rules {
			if r.applies(rel) && !r.absent {
				counts[i] += strings.Count(text, r.old)
				text = strings.ReplaceAll(text, r.old, r.n)
			}
		}
		for _, r := range rules {
			if r.applies(rel) && r.absent {
				if where := literalHolding(rel, text, r.old); where != "" {
					left = append(left, fmt.Sprintf("%s:%d: %s still holds %q", rulesPath, r.line, where, r.old))
				}
			}
		}
		if text == string(data) {
			return nil
		}
		return os.WriteFile(path, []byte(text), 0o644)
	})
	if err != nil {
		return err
	}
	for i, r := range rules {
		if r.absent {
			continue
		}
		fmt.Printf("rehost: %s:%d: %d × %q -> %q under %s\n", filepath.Base(rulesPath), r.line, counts[i], r.old, r.n, r.prefix)
		if counts[i] == 0 {
			err = fmt.Errorf("%s:%d: rule matched nothing", rulesPath, r.line)
		}
	}
	if len(left) > 0 {
		err = fmt.Errorf("the rehost missed a spelling of the key parameter:\n%s", strings.Join(left, "\n"))
	}
	return err
}

// literalHolding returns "file:line" of the first string literal of src
// that holds text as a word (so "key=" is not found in "apikey="), struct
// tags aside, or "".
func literalHolding(rel, src, text string) string {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, rel, src, parser.SkipObjectResolution)
	if err != nil {
		return rel + ": " + err.Error()
	}
	tags := map[*ast.BasicLit]bool{}
	where := ""
	ast.Inspect(f, func(n ast.Node) bool {
		if field, ok := n.(*ast.Field); ok && field.Tag != nil {
			tags[field.Tag] = true
		}
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING && !tags[lit] && where == "" {
			if v, err := strconv.Unquote(lit.Value); err == nil && holdsWord(v, text) {
				where = fmt.Sprintf("%s:%d", rel, fset.Position(lit.Pos()).Line)
			}
		}
		return where == ""
	})
	return where
}

// isLibrarySource reports whether path is a non-test Go file of the library
// (not the oracle the harness adds, not testdata).
func isLibrarySource(path string) bool {
	slash := filepath.ToSlash(path)
	return strings.HasSuffix(slash, ".go") && !strings.HasSuffix(slash, "_test.go") &&
		!strings.Contains(slash, "/testdata/") && !strings.Contains(slash, "/"+oracleDir+"/")
}

// oracleDir is the directory the harness copies a library's oracle into.
const oracleDir = "zz_whispirlint_oracle"

// holdsWord reports whether s holds text with no letter, digit or
// underscore right before or after it.
func holdsWord(s, text string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], text)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(text)
		if (start == 0 || !isWordByte(s[start-1])) && (end == len(s) || !isWordByte(s[end])) {
			return true
		}
		i = start + 1
	}
}

func isWordByte(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}
