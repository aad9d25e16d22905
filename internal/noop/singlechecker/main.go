// Command singlechecker is the no-op analyzer (package noop) run by x/tools'
// own driver, singlechecker.Main: standalone it loads and type-checks every
// package of its patterns with go/packages and go/analysis/checker, and
// under go vet -vettool it is unitchecker, which parses and type-checks
// every unit, the VetxOnly ones included. It is the baseline that
// scripts/bench.sh and scripts/scale.sh hold whispirlint to: what any
// go/analysis driver costs before it analyzes anything.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/whispirlint/whispirlint/internal/noop"
)

func main() { singlechecker.Main(noop.Analyzer) }
