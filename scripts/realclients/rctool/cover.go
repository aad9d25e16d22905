package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// printMethods lists the methods of an oracle record, one a line.
func printMethods(path string) error {
	r, err := readRecord(path)
	if err != nil {
		return err
	}
	for _, m := range r.Methods {
		fmt.Println(m.Name)
	}
	return nil
}

// block is a run of statements a coverage profile says was executed.
type block struct {
	file       string // relative to the module root
	start, end int    // lines
}

// reach maps a method to the blocks it executed, read from DIR/N.name (the
// method) and DIR/N.out (a coverage profile of that method run alone).
type reach map[string][]block

func readReach(dir, module string) (reach, error) {
	r := reach{}
	if dir == "" {
		return r, nil
	}
	names, err := filepath.Glob(filepath.Join(dir, "*.name"))
	if err != nil {
		return nil, err
	}
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		blocks, err := readProfile(strings.TrimSuffix(n, ".name")+".out", module)
		if err != nil {
			continue // that method's coverage run failed: it reaches nothing known
		}
		r[strings.TrimSpace(string(data))] = blocks
	}
	return r, nil
}

// readProfile reads the executed blocks of a coverage profile
// ("mode: set" then "importpath/file.go:l1.c1,l2.c2 stmts count").
func readProfile(path, module string) ([]block, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var blocks []block
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		fields := strings.Fields(line)
		if len(fields) != 3 || fields[2] == "0" {
			continue
		}
		file, span, ok := cutLast(fields[0])
		if !ok {
			continue
		}
		from, to, ok := strings.Cut(span, ",")
		if !ok {
			continue
		}
		start, err1 := strconv.Atoi(strings.Split(from, ".")[0])
		end, err2 := strconv.Atoi(strings.Split(to, ".")[0])
		if err1 != nil || err2 != nil {
			continue
		}
		blocks = append(blocks, block{strings.TrimPrefix(file, module+"/"), start, end})
	}
	return blocks, sc.Err()
}

// reaches lists the methods that executed the site: its own line, or, for a
// literal initialising a package-level name, a line that uses the name.
func (r reach) reaches(s site) []string {
	lines := []use{{s.File, s.Line}}
	lines = append(lines, s.Uses...)
	var methods []string
	for m, blocks := range r {
		if covers(blocks, lines) {
			methods = append(methods, m)
		}
	}
	return methods
}

func covers(blocks []block, lines []use) bool {
	for _, b := range blocks {
		for _, l := range lines {
			if b.file == l.File && b.start <= l.Line && l.Line <= b.end {
				return true
			}
		}
	}
	return false
}

// modulePath reads the module path from dir/go.mod.
func modulePath(dir string) (string, error) {
	data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		return "", err
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "module "); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`), nil
		}
	}
	return "", fmt.Errorf("%s/go.mod: no module line", dir)
}
