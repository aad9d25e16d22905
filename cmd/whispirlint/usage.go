package main

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"golang.org/x/tools/go/analysis"

	"github.com/whispirlint/whispirlint/analyzer"
)

const usageLines = `Usage:
  whispirlint [flags] packages                        report findings
  whispirlint -region=REGION -fix packages            migrate in place, then list what is left by hand
  whispirlint -region=REGION -fix -diff packages      print the migration as a unified diff instead
  whispirlint -format=sarif packages > out.sarif      write a SARIF 2.1.0 log for GitHub code scanning
  whispirlint -new-from-rev=origin/main packages      report only what changed lines bring in
  whispirlint -explain RULE                           a rule's documentation (WL02 or apikey-in-query)
  whispirlint help                                    this text
  go vet -vettool=$(command -v whispirlint) [flags] packages

  -C dir, anywhere before the packages, changes to dir before anything else
  (as with the go command), so packages are resolved in that module.

Suppress a finding with a comment, on its line or the line above, or in the
doc comment of the declaration it is in:
  //whispirlint:ignore WL12 the sandbox key, revoked
  //whispirlint:file-ignore WL01 recorded fixtures      (anywhere in the file)
  //nolint:whispirlint                                  (as golangci-lint's)
`

const exitStatus = `Exit status:
  0  no findings; findings written with -json or -format=sarif (without
     -set-exit-status); -fix migrated everything; -fix -diff has no diff
  1  an error: a bad flag, region or $WHISPIR_REGION (-region=auto that finds
     no regional host or several); a package that does not load or
     type-check (the other packages are still reported; -fix changes no
     file); an analysis failure; a file -fix cannot write, Go or
     configuration (then -fix changes no file)
  3  findings were reported (text output; -json and -format=sarif with
     -set-exit-status); -fix left findings for a change by hand (a host
     needing -region included); -fix -diff printed a diff or left findings
  Findings in configuration files count as findings in every mode.
`

// printUsage writes the -help text: the analyzer's doc, how to run it, its
// rules, the exit codes, and every flag.
func printUsage(w io.Writer, a *analysis.Analyzer, fs *flag.FlagSet) {
	title, body, _ := strings.Cut(a.Doc, "\n\n")
	fmt.Fprintf(w, "%s: %s\n\n%s\n%s\n\n", a.Name, title, usageLines, body)
	printRules(w)
	fmt.Fprintf(w, "\nEnvironment:\n  %s  the region when -region is not given (read under go vet, go fix and nogo too; golangci-lint takes it from its settings only)\n", analyzer.RegionEnv)
	fmt.Fprintf(w, "  GOFLAGS, GOOS, GOARCH\n                  the build configuration of the packages, as for go build (and -tags): one run\n                  sees one configuration; run again with other tags or GOOS for the files behind them\n\n")
	fmt.Fprint(w, exitStatus)
	printFlags(w, a, fs)
	fmt.Fprint(w, configUsage)
}

// optInFixes are the rules whose fix is offered only with -secrets=env.
var optInFixes = []string{"WL11", "WL12"}

func printRules(w io.Writer) {
	fmt.Fprintf(w, "Rule documentation (%s):\n", analyzer.DocURL)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, r := range analyzer.Rules {
		fix := "report only"
		switch {
		case slices.Contains(optInFixes, r.ID):
			fix = "fix with -secrets=env"
		case r.Fix != "":
			fix = "fix"
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", r.ID, r.Title, fix, ruleURL(r.ID))
	}
	tw.Flush()
}

// printFlags lists the analyzer's flags and -format first, then the flags
// every go/analysis driver has, then names the no-op legacy flags.
func printFlags(w io.Writer, a *analysis.Analyzer, fs *flag.FlagSet) {
	own := map[string]bool{"format": true, "explain": true, "o": true, "exclude": true, "exclude-generated": true, "new-from-rev": true}
	a.Flags.VisitAll(func(f *flag.Flag) { own[f.Name] = true })
	legacy := map[string]bool{"all": true, "source": true, "v": true}

	fmt.Fprintln(w, "\nFlags:")
	printSome(w, fs, func(name string) bool { return own[name] })
	fmt.Fprintln(w, "\nDriver flags (those of every go/analysis command):")
	printSome(w, fs, func(name string) bool { return !own[name] && !legacy[name] })
	fmt.Fprintln(w, "\nThe legacy go vet flags -all, -source and -v are accepted and ignored.")
}

func printSome(w io.Writer, fs *flag.FlagSet, keep func(name string) bool) {
	some := flag.NewFlagSet("", flag.ContinueOnError)
	fs.VisitAll(func(f *flag.Flag) {
		if keep(f.Name) {
			some.Var(f.Value, f.Name, f.Usage)
			some.Lookup(f.Name).DefValue = f.DefValue
		}
	})
	some.SetOutput(w)
	some.PrintDefaults()
}
