package main

// This file keeps credentials found in the source out of the output modes
// that print source text or fix text: -c N (source lines), -json (the new
// text of fixes) and -fix -diff (changed and context lines). The driver runs
// singlechecker for them in a child process, as for -fix, with its output
// captured: the child records the spans of the secret rules' findings (never
// the secrets themselves) in a report file, and when it has exited the
// parent masks the credentials in the output and prints it. See SECRETS.md.

import (
	"bytes"
	"encoding/json"
	"io"
	"log"
	"os"
	"slices"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/whispirlint/whispirlint/analyzer"
)

// guardEnv names the file where a guarded child records the spans of its
// secret findings; it also tells the child that it is one.
const guardEnv = "WHISPIRLINT_GUARD_REPORT"

// needsGuard reports whether the output of the run o may show source or
// fix text, and so must go through the masker.
func needsGuard(o *options) bool {
	return os.Getenv(guardEnv) == "" && (o.context >= 0 || o.json || o.diff)
}

// A secretSpan is where a finding of a secret rule points: byte offsets in
// a file on disk (//line directives not applied).
type secretSpan struct {
	File   string `json:"file"`
	Offset int    `json:"offset"`
	End    int    `json:"end"`
}

// runGuarded runs this executable again with args, output captured, and
// prints the output with the credentials masked. It returns the child's
// exit code.
func runGuarded(args []string, stdout, stderr io.Writer, jsonOut bool) int {
	report, err := os.CreateTemp("", "whispirlint-guard-*.jsonl")
	if err != nil {
		return failf(stderr, "%v", err)
	}
	report.Close()
	defer os.Remove(report.Name())

	var out, errOut bytes.Buffer // the child's output, masked below
	code, err := runChild(args, guardEnv+"="+report.Name(), &out, &errOut)
	if err != nil {
		return failf(stderr, "%v", err)
	}

	spans, err := readSecretSpans(report.Name())
	if err != nil {
		return failf(stderr, "reading the secrets report: %v", err)
	}
	m := newMasker(spans, os.ReadFile)
	if jsonOut {
		io.WriteString(stdout, m.maskJSON(out.String()))
	} else {
		io.WriteString(stdout, m.maskText(out.String()))
	}
	io.WriteString(stderr, m.maskText(errOut.String()))
	return code
}

// guardChild returns a, recording its secret findings when this process is
// the child of a guarded run.
func guardChild(a *analysis.Analyzer) *analysis.Analyzer {
	name := os.Getenv(guardEnv)
	if name == "" {
		return a
	}
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		log.Fatalf("%s: %v", a.Name, err)
	}
	rec := &spanRecorder{w: f}
	return recording(a, func(pass *analysis.Pass, d analysis.Diagnostic) {
		if slices.Contains(analyzer.SecretRules, d.Category) {
			rec.record(pass, d)
		}
	})
}

type spanRecorder struct {
	mu sync.Mutex
	w  io.Writer
}

func (rec *spanRecorder) record(pass *analysis.Pass, d analysis.Diagnostic) {
	end := d.End
	if !end.IsValid() {
		end = d.Pos
	}
	pos, endPos := pass.Fset.PositionFor(d.Pos, false), pass.Fset.PositionFor(end, false)
	line, err := json.Marshal(secretSpan{File: pos.Filename, Offset: pos.Offset, End: endPos.Offset})
	if err != nil {
		panic(err) // a secretSpan always marshals
	}
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if _, err := rec.w.Write(append(line, '\n')); err != nil {
		// Without the report the parent could not mask: fail the run.
		log.Fatalf("recording secret findings: %v", err)
	}
}

func readSecretSpans(name string) ([]secretSpan, error) { return readJSONLines[secretSpan](name) }
