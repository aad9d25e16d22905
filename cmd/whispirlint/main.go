// Command whispirlint finds Go code that calls the Whispir messaging API the
// retired way (api.whispir.com, ?apikey=KEY) and migrates it.
//
//	whispirlint -region=au ./...                 # report findings
//	whispirlint -region=au -fix ./...            # migrate a module in place
//	whispirlint -region=au -fix -diff ./...      # show the migration as a diff
//	whispirlint -format=sarif ./... > whispirlint.sarif   # for GitHub code scanning
//	go vet -vettool=$(command -v whispirlint) -region=au ./...
//
// Run whispirlint -help for the flags and exit codes.
package main

import (
	"os"

	"github.com/whispirlint/whispirlint/analyzer"
)

// analyzerToRun is whispirlint. Built with -tags whispirlint_noop
// (scripts/bench.sh), the command runs internal/noop's analyzer in the same
// driver instead: the baseline whispirlint's own cost is measured against.
var analyzerToRun = analyzer.Analyzer

func main() { os.Exit(drive(analyzerToRun, os.Args[1:], os.Stdout, os.Stderr)) }
