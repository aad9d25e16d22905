package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"runtime/trace"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Exit codes: see docs/exit-codes.md.
const (
	exitOK       = 0
	exitError    = 1
	exitFindings = 3
)

// drive runs a on the command line args (os.Args[1:]) and returns the exit
// code. Everything runs in this process: the standalone modes here, the
// go vet protocol in vet.go.
func drive(a *analysis.Analyzer, args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "help" {
		o, _ := parseArgs(a, nil)
		printUsage(stdout, a, o.flags)
		return exitOK
	}
	if isVetTool(args) {
		return vetMain(a, args, stdout, stderr)
	}
	args, cf, err := takeConfigFlags(a, args) // -config, -config-max-size, -region=auto: see config.go
	if err != nil {
		return reportFlagError(stderr, a.Name, err)
	}

	o, err := parseArgs(a, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		printUsage(stdout, a, o.flags)
		return exitOK
	case err != nil:
		return reportFlagError(stderr, a.Name, err)
	case o.version:
		fmt.Fprintf(stdout, "%s %s\n", a.Name, toolVersion())
		return exitOK
	case o.explain != "":
		return explain(stdout, stderr, o.explain)
	case len(o.patterns) == 0:
		printUsage(stderr, a, o.flags)
		return exitError
	}
	if err := o.check(os.Getenv); err != nil {
		return reportFlagError(stderr, a.Name, err)
	}
	if o.dir != "" {
		if err := os.Chdir(o.dir); err != nil {
			return reportFlagError(stderr, a.Name, fmt.Errorf("-C: %v", err))
		}
	}
	if err := o.checkOutput(); err != nil {
		return reportFlagError(stderr, a.Name, err)
	}
	stop, err := o.startProfiles()
	if err != nil {
		return failf(stderr, "%v", err)
	}
	defer stop()
	return standalone(a, o, cf, stdout, stderr)
}

// startProfiles starts the -cpuprofile and -trace recordings; the function
// it returns stops them and writes -memprofile.
func (o *options) startProfiles() (stop func(), err error) {
	var stops []func()
	stop = func() {
		for _, f := range slices.Backward(stops) {
			f()
		}
	}
	create := func(name string) (*os.File, error) {
		f, err := os.Create(name)
		if err != nil {
			stop()
		}
		return f, err
	}
	if o.cpuprofile != "" {
		f, err := create(o.cpuprofile)
		if err != nil {
			return nil, err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			stop()
			return nil, err
		}
		stops = append(stops, func() { pprof.StopCPUProfile(); f.Close() })
	}
	if o.trace != "" {
		f, err := create(o.trace)
		if err != nil {
			return nil, err
		}
		if err := trace.Start(f); err != nil {
			f.Close()
			stop()
			return nil, err
		}
		stops = append(stops, func() { trace.Stop(); f.Close() })
	}
	if o.memprofile != "" {
		name := o.memprofile
		stops = append(stops, func() {
			if f, err := os.Create(name); err == nil {
				runtime.GC()
				pprof.WriteHeapProfile(f)
				f.Close()
			}
		})
	}
	return stop, nil
}

// standalone scans the configuration files, loads and analyzes the
// packages once, in this process, and prints the report of both in the
// mode o asks for.
func standalone(a *analysis.Analyzer, o *options, cf configFlags, stdout, stderr io.Writer) int {
	cwd, err := os.Getwd()
	if err != nil {
		return failf(stderr, "%v", err)
	}
	x, err := o.exclusions(cwd) // before the analysis: a bad -new-from-rev fails fast
	if err != nil {
		return reportFlagError(stderr, a.Name, err)
	}
	prog := startProgress(stderr, progressAfter, progressEvery) // no silence on a big tree
	defer prog.done()
	prog.set("scanning configuration files")
	res, code, ok := scanConfig(a, o, cf, stderr) // before the analysis: -region=auto configures it
	if !ok {
		return code
	}
	r, err := analyze(a, o, x, stderr, prog)
	prog.done()
	if err == nil && o.fix {
		err = r.brokenError() // -fix migrates every package or none
	}
	if err != nil {
		if o.fix {
			return failf(stderr, "%v; -fix changed no file", err)
		}
		return failf(stderr, "%v", err)
	}
	res = scanEmbedded(a, cf, res, r.embedded, stderr) // //go:embed files, whatever their name
	r.addConfig(res, ruleSelection(a))
	if x != nil {
		r.exclude(x)
	}
	m := reportMasker(r) // no credentials in any output: see docs/credentials.md
	// The report goes to stdout (machine formats, diffs) or stderr (text),
	// or, with -o, to a buffer written to the file once it is complete.
	out, text := stdout, stderr
	var buf bytes.Buffer
	if o.output != "" {
		out, text = &buf, &buf
	}
	switch {
	case o.format == "sarif":
		code = writeSARIF(out, stderr, r, m, o)
	case o.fix:
		code = runFix(a, r, o, cwd, m, out, text, stderr)
	case o.json:
		code = o.findingsExit(writeJSON(out, r, a.Name, m))
	default:
		code = exitOK
		if writeText(text, r, o.context, cwd, m) > 0 {
			code = exitFindings
		}
	}
	if o.output != "" && code != exitError {
		if err := writeAtomic(o.output, buf.Bytes()); err != nil {
			return failf(stderr, "-o: %v", err)
		}
	}
	if o.fix {
		return code
	}
	io.WriteString(stderr, r.countLine())
	if len(r.broken) > 0 {
		// The other packages are reported: one broken package in a
		// monorepo hides nothing, and still fails the run.
		return exitError
	}
	return code
}

// findingsExit is the exit code of -json and -format=sarif: 0, unless
// -set-exit-status asks for 3 when there are findings.
func (o *options) findingsExit(n int) int {
	if n > 0 && o.setExitStatus {
		return exitFindings
	}
	return exitOK
}

// runFix is -fix: it prints the migration as a diff (-diff) or writes it
// and prints the summary. It exits 3 when the tree is not fully migrated
// afterwards (-diff: when the diff is not empty either).
func runFix(a *analysis.Analyzer, r *report, o *options, cwd string, m *masker, stdout, summary, stderr io.Writer) int {
	plan, err := planFixes(r, os.ReadFile)
	if err != nil {
		return failf(stderr, "%v", err)
	}
	records := fixRecords(r, plan)
	left := countByHand(records)
	if o.diff {
		if plan.printDiffs(stdout, stderr, repoRoot(cwd), m, o.showSecrets) > 0 || left > 0 {
			return exitFindings
		}
		return exitOK
	}
	if err := plan.writeFiles(); err != nil {
		return failf(stderr, "%v", err)
	}
	if left > 0 && len(plan.changes) > 0 {
		// The fixes moved lines and may have resolved findings: the
		// summary lists what a second run finds, where it now is.
		var m2 *masker
		prog := startProgress(stderr, progressAfter, progressEvery)
		records, m2, err = recheck(a, o, r, records, prog)
		prog.done()
		if err != nil {
			return failf(stderr, "%v", err)
		}
		m = m.with(m2)
		left = countByHand(records)
	}
	if o.json {
		writeSummaryJSON(stdout, records, cwd, m)
	} else {
		var b strings.Builder
		writeSummary(&b, records, cwd)
		io.WriteString(summary, m.maskText(b.String()))
	}
	if left > 0 {
		return exitFindings
	}
	return exitOK
}

// writeAtomic replaces the file name with data, or leaves it as it was:
// the data goes to a temporary file beside it, renamed over it once it is
// complete, so a reader never sees half a report.
func writeAtomic(name string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".whispirlint-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Chmod(0o644)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}
