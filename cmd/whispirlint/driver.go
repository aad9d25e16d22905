package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/singlechecker"
)

// Exit codes (singlechecker's convention; see EXITCODES.md).
const (
	exitOK       = 0
	exitError    = 1
	exitFindings = 3
)

// drive runs a on the command line args (os.Args[1:]) and returns the exit
// code. The modes singlechecker handles (text and JSON output, -fix -diff,
// go vet -vettool) do not return: singlechecker.Main exits.
func drive(a *analysis.Analyzer, args []string, stdout, stderr io.Writer) int {
	a = guardChild(a) // records secret findings in the child of a guarded run: see contextguard.go
	if report := os.Getenv(fixReportEnv); report != "" {
		fixChild(a, report) // the child of a -fix run: see summary.go
	}
	args, err := changeDir(args)
	if err != nil {
		return reportFlagError(stderr, a.Name, err)
	}
	args, cf, err := takeConfigFlags(a, args) // -config, -config-max-size, -region=auto: see config.go
	if err != nil {
		return reportFlagError(stderr, a.Name, err)
	}
	os.Args = append(os.Args[:1:1], args...) // for singlechecker
	if isVetTool(args) {
		if code, bad := checkVetToolArgs(a, args, stderr); bad {
			return code
		}
		singlechecker.Main(a)
	}

	o, err := parseArgs(a, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		printUsage(stdout, a, o.flags)
		return exitOK
	case err != nil:
		return reportFlagError(stderr, a.Name, err)
	case len(o.patterns) == 0:
		printUsage(stderr, a, o.flags)
		return exitError
	}
	if err := o.check(os.Getenv); err != nil {
		return reportFlagError(stderr, a.Name, err)
	}
	args, code, done := scanConfig(a, o, cf, args, stdout, stderr) // configuration files: see config.go
	if done {
		return code
	}

	switch {
	case o.format == "sarif":
		return runSARIF(a, o, stdout, stderr)
	case needsGuard(o):
		// -c, -json and -diff print source or fix text: mask credentials.
		return runGuarded(args, stdout, stderr, o.json)
	case o.fix && !o.diff:
		if code, bad := preflight(a, o, stderr); bad {
			return code
		}
		return fixWithSummary(args, stderr)
	}
	delegate(a)
	panic("unreachable")
}

// delegate hands the command line to singlechecker.Main, which exits.
func delegate(a *analysis.Analyzer) {
	// Accept -format=text, which singlechecker does not know.
	flag.String("format", "text", formatUsage)
	singlechecker.Main(a)
}

// checkVetToolArgs rejects, in one line, the bad flag values of a go vet
// run (the .cfg protocol), which singlechecker would report with its whole
// usage text, once for every package and dependency that go vet analyzes.
// The -V and -flags queries are left alone; valid arguments go to
// singlechecker untouched.
func checkVetToolArgs(a *analysis.Analyzer, args []string, stderr io.Writer) (code int, bad bool) {
	if !strings.HasSuffix(args[len(args)-1], ".cfg") {
		return 0, false
	}
	o, err := parseArgs(a, args)
	if err == nil {
		err = o.check(os.Getenv)
	}
	if err == nil && o.context >= 0 {
		// Not safe: unitchecker would print source lines, credentials included.
		err = errors.New("-c is not supported under go vet: source lines can show hardcoded credentials; run whispirlint -c N packages, which masks them")
	}
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", a.Name, err)
		return exitError, true
	}
	return 0, false
}

// preflight loads the packages before -fix writes anything. singlechecker
// would apply the fixes of the packages that load and only then exit 1 for
// one that does not: a half-migrated tree. With any package error, -fix
// changes nothing.
func preflight(a *analysis.Analyzer, o *options, stderr io.Writer) (code int, bad bool) {
	pkgs, err := loadPackages(a, o.patterns, o.tests)
	if err != nil {
		return failf(stderr, "%v", err), true
	}
	if n := printPackageErrors(stderr, pkgs); n > 0 {
		return failf(stderr, "-fix changed nothing: %d errors in packages (above); fix them or leave those packages out of the patterns", n), true
	}
	return 0, false
}
