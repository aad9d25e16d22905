package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// score classifies the key sites and the oracle's methods of one library
// and prints
//
//	ROW NAME SITES RIGHT REPORTED WRONG UNEXERCISED UNFOUND METHODS M_RIGHT M_LEGACY M_WRONG
//
// followed by one line per method and per site that is not plainly right or
// reported. It exits 3 when anything is WRONG.
//
// Sites. A site is matched across the fix by its file, its top-level
// declaration and its literal's value (line numbers move when a fix adds
// lines): in each declaration, the literals still present after the fix are
// untouched, the others were changed. A changed site is right when the
// methods that executed it before the fix (each method run alone under
// coverage; a literal that initialises a package-level name counts as
// executed where the name is used) are all migrated right; WRONG when one of
// them is not; unexercised when no method of the oracle executed it (changed,
// but neither shown right nor wrong at run time). An untouched site is
// reported when the run before the fix printed a diagnostic inside its
// declaration or, for a package-level constant or variable, on a line that
// uses it; an untouched site with none is WRONG. Unfound counts every site,
// changed or not, with no such diagnostic.
func score(args []string) error {
	fs := flag.NewFlagSet("score", flag.ContinueOnError)
	name := fs.String("name", "", "library name")
	dir := fs.String("dir", "", "the rehosted copy the diagnostics' paths are under")
	beforeSites := fs.String("before", "", "sites before the fix (rctool sites)")
	afterSites := fs.String("after", "", "sites after the fix")
	diagsPath := fs.String("diags", "", "whispirlint -json output before the fix")
	legacyPath := fs.String("legacy", "", "oracle record before the fix")
	migratedPath := fs.String("migrated", "", "oracle record after the fix")
	coverDir := fs.String("cover", "", "directory of N.name and N.out: each method's coverage before the fix")
	if err := fs.Parse(args); err != nil {
		return err
	}
	before, err := readSites(*beforeSites)
	if err != nil {
		return err
	}
	after, err := readSites(*afterSites)
	if err != nil {
		return err
	}
	diags, err := readDiagnostics(*diagsPath, *dir)
	if err != nil {
		return err
	}
	legacy, err := readRecord(*legacyPath)
	if err != nil {
		return err
	}
	migrated, err := readRecord(*migratedPath)
	if err != nil {
		return err
	}

	module, err := modulePath(*dir)
	if err != nil {
		return err
	}
	reached, err := readReach(*coverDir, module)
	if err != nil {
		return err
	}

	kinds := map[string]string{} // method -> right, legacy or WRONG
	var mRight, mLegacy, mWrong int
	var lines []string
	for _, b := range legacy.Methods {
		a, ok := findMethod(migrated, b.Name)
		kind, why := "WRONG", "not called after the fix"
		if ok {
			kind, why = verdict(b, a)
		}
		kinds[b.Name] = kind
		switch kind {
		case "right":
			mRight++
		case "legacy":
			mLegacy++
		default:
			mWrong++
		}
		lines = append(lines, fmt.Sprintf("  method %-40s %-6s %s", b.Name, kind, why))
	}

	remaining := map[string]int{} // file|decl|value -> literals left after the fix
	for _, s := range after {
		remaining[siteKey(s)]++
	}
	var right, reported, wrong, unexercised, unfound int
	for _, s := range before {
		found := diags.reported(s)
		if !found {
			unfound++
		}
		where := fmt.Sprintf("%s:%d %s %q", s.File, s.Line, s.Decl, mask(s.Value))
		k := siteKey(s)
		if remaining[k] > 0 { // untouched
			remaining[k]--
			if found {
				reported++
			} else {
				wrong++
				lines = append(lines, "  site   WRONG   untouched, unfound (no diagnostic in its declaration or at a use): "+where)
			}
			continue
		}
		unfoundNote := ""
		if !found {
			unfoundNote = ", unfound"
		}
		methods := reached.reaches(s)
		var notRight []string
		for _, m := range methods {
			if kinds[m] != "right" {
				notRight = append(notRight, m+" is "+kinds[m])
			}
		}
		switch {
		case len(methods) == 0:
			unexercised++
			lines = append(lines, "  site   unexer  changed, no oracle method executes it"+unfoundNote+": "+where)
		case len(notRight) == 0:
			right++
			if !found {
				lines = append(lines, "  site   right   changed, unfound (fixed without a diagnostic here): "+where)
			}
		default:
			wrong++
			lines = append(lines, fmt.Sprintf("  site   WRONG   changed, but %s%s: %s", strings.Join(notRight, ", "), unfoundNote, where))
		}
	}
	fmt.Printf("ROW %s %d %d %d %d %d %d %d %d %d %d\n", *name, len(before), right, reported, wrong, unexercised, unfound,
		len(legacy.Methods), mRight, mLegacy, mWrong)
	exercised := 0
	for _, s := range before {
		if len(reached.reaches(s)) > 0 {
			exercised++
		}
	}
	fmt.Printf("  the oracle's methods execute %d of the %d key sites\n", exercised, len(before))
	for _, l := range lines {
		fmt.Println(l)
	}
	if wrong > 0 || mWrong > 0 {
		return errWrong
	}
	return nil
}

// errWrong says that a site or a method is WRONG; rctool exits 3.
var errWrong = errors.New("something is WRONG")

func siteKey(s site) string { return s.File + "|" + s.Decl + "|" + s.Value }

func findMethod(r record, name string) (method, bool) {
	for _, m := range r.Methods {
		if m.Name == name {
			return m, true
		}
	}
	return method{}, false
}

func readSites(path string) ([]site, error) {
	var s []site
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return s, json.Unmarshal(data, &s)
}

// diagnostics holds the lines with a diagnostic, per file relative to the
// copy's root.
type diagnostics map[string][]int

// reported says whether a diagnostic lies in the site's declaration or, for
// a literal that initialises a package-level constant or variable, on a line
// that uses it.
func (d diagnostics) reported(s site) bool {
	for _, line := range d[s.File] {
		if line >= s.DeclStart && line <= s.DeclEnd {
			return true
		}
	}
	for _, u := range s.Uses {
		if slices.Contains(d[u.File], u.Line) {
			return true
		}
	}
	return false
}

// readDiagnostics reads the JSON tree a go/analysis driver prints with
// -json: package -> analyzer -> diagnostics (or an error).
func readDiagnostics(path, dir string) (diagnostics, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	d := diagnostics{}
	if len(strings.TrimSpace(string(data))) == 0 {
		return d, nil
	}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal(data, &tree); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil, err
	}
	for _, analyzers := range tree {
		for _, raw := range analyzers {
			var ds []struct{ Posn string }
			if json.Unmarshal(raw, &ds) != nil {
				continue // {"error": ...}: counted by the script from stderr
			}
			for _, diag := range ds {
				file, line, ok := splitPosn(diag.Posn)
				if !ok {
					continue
				}
				if real, err := filepath.EvalSymlinks(file); err == nil {
					file = real
				}
				rel, err := filepath.Rel(root, file)
				if err != nil || strings.HasPrefix(rel, "..") {
					continue
				}
				rel = filepath.ToSlash(rel)
				d[rel] = append(d[rel], line)
			}
		}
	}
	return d, nil
}

// splitPosn splits "file:line:col" (or "file:line").
func splitPosn(posn string) (string, int, bool) {
	rest, last, ok := cutLast(posn)
	if !ok {
		return "", 0, false
	}
	if file, line, ok := cutLast(rest); ok {
		if n, err := strconv.Atoi(line); err == nil {
			return file, n, true
		}
	}
	n, err := strconv.Atoi(last)
	return rest, n, err == nil
}

func cutLast(s string) (string, string, bool) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return "", "", false
	}
	return s[:i], s[i+1:], true
}
