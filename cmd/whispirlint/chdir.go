package main

import (
	"fmt"
	"os"
	"strings"
)

// changeDir handles -C dir, which must come first on the command line, as
// in the go command: it changes to dir before anything else runs (package
// patterns and file names are then relative to dir), and returns the
// remaining arguments.
func changeDir(args []string) ([]string, error) {
	if len(args) == 0 {
		return args, nil
	}
	var dir string
	switch arg := args[0]; {
	case arg == "-C" || arg == "--C":
		if len(args) < 2 {
			return nil, fmt.Errorf("flag needs an argument: -C")
		}
		dir, args = args[1], args[2:]
	case strings.HasPrefix(arg, "-C=") || strings.HasPrefix(arg, "--C="):
		_, dir, _ = strings.Cut(arg, "=")
		args = args[1:]
	default:
		return args, nil
	}
	if err := os.Chdir(dir); err != nil {
		return nil, fmt.Errorf("-C: %v", err)
	}
	return args, nil
}
