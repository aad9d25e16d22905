// Command whispirlint finds Go code that calls the Whispir messaging API the
// retired way (api.whispir.com, ?apikey=KEY) and migrates it.
//
//	whispirlint -region=au -fix ./...      # migrate a module in place
//	whispirlint -region=au -fix -diff ./...  # show the migration as a diff
//	go vet -vettool=$(which whispirlint) -region=au ./...
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/whispirlint/whispirlint/analyzer"
)

func main() { singlechecker.Main(analyzer.Analyzer) }
