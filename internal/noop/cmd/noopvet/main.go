// Command noopvet runs the no-op analyzer in the same driver as whispirlint
// (singlechecker, same x/tools version). scripts/bench.sh compares the two.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/whispirlint/whispirlint/internal/noop"
)

func main() { singlechecker.Main(noop.Analyzer) }
