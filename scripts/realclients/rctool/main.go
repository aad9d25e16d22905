// Command rctool is the Go half of scripts/realclients.sh: it rehosts a
// downloaded client library to the legacy Whispir shape, finds its key
// sites, checks what the run-time oracle recorded and scores one library.
// It uses the standard library only, so the harness builds it from the
// checkout like any other command.
//
//	rctool rehost DIR RULES            apply RULES (scripts/realclients/testdata/NAME/rehost.txt) to DIR
//	rctool sites DIR PATTERN... >F     list the key sites of the packages PATTERN matches in DIR (JSON)
//	rctool legacy RECORD               check that every method recorded a legacy request
//	rctool methods RECORD              list the methods of a record, one a line
//	rctool score FLAGS                 classify sites and methods of one library; see score
//
// See scripts/realclients/README.md for what each number means.
package main

import (
	"errors"
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	var err error
	switch args := os.Args[2:]; os.Args[1] {
	case "rehost":
		if len(args) != 2 {
			usage()
		}
		err = rehost(args[0], args[1])
	case "sites":
		if len(args) < 2 {
			usage()
		}
		err = printSites(args[0], args[1:])
	case "legacy":
		if len(args) != 1 {
			usage()
		}
		err = checkLegacy(args[0])
	case "methods":
		if len(args) != 1 {
			usage()
		}
		err = printMethods(args[0])
	case "score":
		err = score(args)
	default:
		usage()
	}
	if errors.Is(err, errWrong) {
		os.Exit(3)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "rctool:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: rctool rehost DIR RULES | sites DIR PATTERN... | legacy RECORD | methods RECORD | score FLAGS")
	os.Exit(2)
}
