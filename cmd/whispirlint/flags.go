package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/whispirlint/whispirlint/analyzer"
)

// options is the command line as the driver reads it before deciding which
// mode runs, standalone or under go vet.
type options struct {
	format   string // "text" or "sarif"
	fix      bool
	diff     bool
	json     bool
	context  int
	tests    bool
	debug    string
	patterns []string

	cpuprofile, memprofile, trace string

	versionFull string // -V: "true" or "full"
	listFlags   bool   // -flags

	dir           string // -C
	version       bool
	setExitStatus bool
	showSecrets   bool // -show-secrets: -fix -diff prints credentials in clear
	sarifBase     string
	buildFlags    []string // for the go command: -tags
	explain       string   // a rule ID or name
	output        string   // -o: the report's file

	exclude          []string // -exclude patterns
	excludeGenerated bool
	newFromRev       string

	flags *flag.FlagSet // for -help
}

// Formats are the values of -format.
var formats = []string{"text", "sarif"}

const formatUsage = "output format: text (findings on stderr) or sarif (a SARIF 2.1.0 log on stdout, for GitHub code scanning)"

// isVetTool reports whether args are the ones "go vet -vettool" passes:
// -V=full, -flags, or flags followed by a single *.cfg file. Those go to
// the go vet protocol (vet.go).
func isVetTool(args []string) bool {
	if n := len(args); n > 0 && strings.HasSuffix(args[n-1], ".cfg") && !strings.HasPrefix(args[n-1], "-") {
		return true
	}
	for _, arg := range args {
		if arg == "--" {
			break
		}
		name, _, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if strings.HasPrefix(arg, "-") && (name == "V" || name == "flags") {
			return true
		}
	}
	return false
}

// parseArgs parses args with the flags every go/analysis driver has, plus
// the analyzer's flags and this driver's own (-format, -C, ...). The analyzer's flags share their values
// with a.Flags, so parsing here configures a. It returns flag.ErrHelp for
// -help and -h. The options are never nil: their flags print the usage.
func parseArgs(a *analysis.Analyzer, args []string) (*options, error) {
	o := &options{flags: flag.NewFlagSet(a.Name, flag.ContinueOnError)}
	fs := o.flags
	fs.SetOutput(io.Discard) // parseArgs' caller reports errors once, its own way
	fs.Usage = func() {}

	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	fs.StringVar(&o.format, "format", "text", formatUsage)
	fs.StringVar(&o.dir, "C", "", "change to `dir` before doing anything else, as the go command does (before the packages)")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
	fs.StringVar(&o.output, "o", "", "write the report to `file` instead of stdout and stderr (the findings, -json, SARIF, the -fix -diff diff, the -fix summary), replacing it only once the report is complete; errors and the count line stay on stderr")
	fs.Var(excludeFlag{&o.exclude}, "exclude", "leave out the findings in files whose path matches the glob `pattern` (repeatable, or comma-separated): *.pb.go or testdata (a name at any depth), internal/gen/* (from the current directory), **/mocks; -fix does not edit those files")
	fs.BoolVar(&o.excludeGenerated, "exclude-generated", false, "leave out the findings in generated files (// Code generated ... DO NOT EDIT.), as golangci-lint does; by default they are reported (a retired URL there is fixed in the generator) and never fixed")
	fs.StringVar(&o.newFromRev, "new-from-rev", "", "report only the findings on lines changed since the git `revision` (committed, staged, unstaged and untracked changes), as golangci-lint's --new-from-rev; -fix fixes only those")
	fs.StringVar(&o.explain, "explain", "", "print the documentation of a `rule` (an ID or a name: WL02, apikey-in-query) and exit")
	fs.BoolVar(&o.setExitStatus, "set-exit-status", false, "with -json or -format=sarif, exit 3 when there are findings")
	fs.StringVar(&o.sarifBase, "sarif-base", "", "with -format=sarif, the `dir` that artifact URIs are relative to (default: the git repository root, else the current directory)")
	fs.BoolVar(&o.showSecrets, "show-secrets", false, "with -fix -diff, print the diff unmasked, credentials in clear, so that git apply takes every hunk (dangerous: they show in your terminal, logs and CI output)")
	registerStandardFlags(fs, o)

	err := fs.Parse(args)
	o.patterns = fs.Args()
	if err == nil {
		for _, p := range o.patterns {
			if p == "-C" || p == "--C" || strings.HasPrefix(p, "-C=") || strings.HasPrefix(p, "--C=") {
				err = errors.New("-C dir must come before the packages")
			}
		}
	}
	return o, err
}

// registerStandardFlags registers the flags of every go/analysis driver
// (those of singlechecker.Main: x/tools go/analysis/internal/checker.RegisterFlags
// and internal/analysisflags.Parse), so scripts written for other analyzers
// keep working. TestVetFlags checks what go vet is offered of them.
func registerStandardFlags(fs *flag.FlagSet, o *options) {
	fs.BoolVar(&o.json, "json", false, "emit JSON output (with -fix: the summary, on stdout)")
	fs.IntVar(&o.context, "c", -1, "after each finding, print its source lines, numbered, with this many lines of context either side (0: the lines alone)")
	fs.BoolVar(&o.fix, "fix", false, "apply all suggested fixes, then print a summary of what is left to do by hand")
	fs.BoolVar(&o.diff, "diff", false, "with -fix, don't update the files, but print a unified diff")
	fs.BoolVar(&o.tests, "test", true, "indicates whether test files should be analyzed, too")
	fs.StringVar(&o.debug, "debug", "", `debug flags, any subset of "afpstv" (a: analyze every package, not only those where a finding can be)`)
	fs.StringVar(&o.cpuprofile, "cpuprofile", "", "write CPU profile to this file")
	fs.StringVar(&o.memprofile, "memprofile", "", "write memory profile to this file")
	fs.StringVar(&o.trace, "trace", "", "write trace log to this file")
	fs.BoolVar(&o.listFlags, "flags", false, "print analyzer flags in JSON (for go vet)")
	fs.Var(versionFlag{&o.versionFull}, "V", "print version and exit (-V=full, for go vet)")
	for _, name := range []string{"source", "v", "all"} {
		fs.Bool(name, false, "no effect (deprecated)")
	}
	fs.Var(tagsFlag{&o.buildFlags}, "tags", "a comma-separated `list` of build tags to consider satisfied, as the go command's -tags (standalone runs; go vet takes its own -tags)")
}

// tagsFlag is -tags, passed on to the go command that lists the packages
// as -tags=list. $GOFLAGS reaches it too, through the environment.
type tagsFlag struct{ p *[]string }

func (f tagsFlag) String() string {
	if f.p == nil || len(*f.p) == 0 {
		return ""
	}
	return strings.TrimPrefix((*f.p)[0], "-tags=")
}

func (f tagsFlag) Set(s string) error {
	*f.p = []string{"-tags=" + s}
	return nil
}

// check rejects flag combinations that have no meaning and a WHISPIR_REGION
// that the analyzer would reject once per package.
func (o *options) check(getenv func(string) string) error {
	switch o.format {
	case "text":
	case "sarif":
		if o.fix || o.diff || o.json {
			return errors.New("-format=sarif cannot be combined with -fix, -diff or -json")
		}
	default:
		return fmt.Errorf("invalid -format %q: valid formats are %s", o.format, strings.Join(formats, ", "))
	}
	if o.showSecrets && !(o.fix && o.diff) {
		return errors.New("-show-secrets works with -fix -diff only: every other output masks credentials")
	}
	if !o.isSet("region") {
		if err := (analyzer.Config{Region: getenv(analyzer.RegionEnv)}).Validate(); err != nil {
			return fmt.Errorf("$%s: %v", analyzer.RegionEnv, err)
		}
	}
	return nil
}

// checkOutput rejects an -o file that cannot be written, before the run
// (after -C: a relative name is in that directory, as with go build).
func (o *options) checkOutput() error {
	if o.output == "" {
		return nil
	}
	if info, err := os.Stat(filepath.Dir(o.output)); err != nil || !info.IsDir() {
		return fmt.Errorf("-o %s: no directory %s to write it in", o.output, filepath.Dir(o.output))
	}
	if info, err := os.Stat(o.output); err == nil && !info.Mode().IsRegular() {
		return fmt.Errorf("-o %s: not a regular file", o.output)
	}
	return nil
}

func (o *options) isSet(name string) bool {
	set := false
	o.flags.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// reportFlagError prints a flag error without the usage text that would
// bury it, and returns the exit code for errors.
func reportFlagError(w io.Writer, name string, err error) int {
	fmt.Fprintf(w, "%s: %v\nRun '%s -help' for usage.\n", name, err, name)
	return exitError
}

// versionFlag is -V, which go vet passes as -V=full.
type versionFlag struct{ p *string }

func (f versionFlag) String() string {
	if f.p == nil {
		return ""
	}
	return *f.p
}

func (f versionFlag) Set(s string) error { *f.p = s; return nil }

func (versionFlag) IsBoolFlag() bool { return true }
