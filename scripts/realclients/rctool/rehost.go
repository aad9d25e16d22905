package main

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
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
type rule struct {
	line           int
	prefix, old, n string
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
		if len(parts) != 3 || parts[1] == "" {
			return nil, fmt.Errorf("%s:%d: want PREFIX | OLD | NEW", path, n)
		}
		rules = append(rules, rule{n, strings.TrimSpace(parts[0]), parts[1], parts[2]})
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
			if r.applies(rel) {
				counts[i] += strings.Count(text, r.old)
				text = strings.ReplaceAll(text, r.old, r.n)
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
		fmt.Printf("rehost: %s:%d: %d × %q -> %q under %s\n", filepath.Base(rulesPath), r.line, counts[i], r.old, r.n, r.prefix)
		if counts[i] == 0 {
			err = fmt.Errorf("%s:%d: rule matched nothing", rulesPath, r.line)
		}
	}
	return err
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
