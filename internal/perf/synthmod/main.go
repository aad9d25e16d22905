// Command synthmod writes a synthetic module for the scale scripts (see
// package synth):
//
//	synthmod -sites 1000 DIR                 one package with 1000 Whispir sites
//	synthmod -packages 300 -whispir 100 DIR  300 packages, one in 100 with Whispir sites
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/whispirlint/whispirlint/internal/perf/synth"
)

func main() {
	sites := flag.Int("sites", 0, "Whispir sites in one package (the single-package module), or in each Whispir package of a monorepo")
	strays := flag.Bool("strays", false, "single package: a helper in each file that withdraws every fix")
	pkgs := flag.Int("packages", 0, "write a monorepo of this many packages")
	whispir := flag.Int("whispir", 100, "monorepo: one package in this many holds Whispir sites")
	files := flag.Int("files", 4, "monorepo: files per package")
	funcs := flag.Int("funcs", 30, "monorepo: functions per file")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: synthmod [-sites N] [-packages P -whispir W] DIR")
		os.Exit(2)
	}
	dir := flag.Arg(0)
	var err error
	if *pkgs > 0 {
		n := *sites
		if n == 0 {
			n = 20
		}
		err = synth.Monorepo{Packages: *pkgs, Files: *files, Funcs: *funcs, WhispirEvery: *whispir, Sites: n}.Write(dir, "example.com/mono")
	} else {
		err = synth.WriteModule(dir, "example.com/sites")
		if err == nil {
			err = synth.WriteSites(dir, "sites", *sites, *strays)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "synthmod:", err)
		os.Exit(1)
	}
}
