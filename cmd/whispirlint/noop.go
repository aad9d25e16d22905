//go:build whispirlint_noop

package main

import "github.com/whispirlint/whispirlint/internal/noop"

func init() { analyzerToRun = noop.Analyzer }
