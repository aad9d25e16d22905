package main

// This file adds the non-Go text files of the module to the standalone run
// (package configscan): .env, YAML, JSON, TOML, .properties, Dockerfiles,
// Terraform, shell scripts. go/analysis drivers give the analyzer Go files
// only, so the driver scans them itself, under the directories the package
// patterns cover, and merges what it finds into every output mode: text,
// -c, -json, -format=sarif, -fix (with the summary) and -fix -diff. It also
// resolves -region=auto before the analyzer is configured: the analyzer
// never sees "auto".
//
// When no configuration file has a finding (the common case, and the only
// one without -region=auto that costs anything), the run goes on exactly as
// without this file.

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/whispirlint/whispirlint/analyzer"
	"github.com/whispirlint/whispirlint/configscan"
)

// configChildEnv marks the child that runs the Go analysis of a text run
// whose parent prints the configuration findings.
const configChildEnv = "WHISPIRLINT_CONFIG_CHILD"

// configJSONKey is the "package" under which -json lists the findings in
// configuration files.
const configJSONKey = "(configuration files)"

// configFlags are the driver's flags for configuration files. They are
// taken off the command line before anything else parses it, so that
// singlechecker and the child processes never see them.
type configFlags struct {
	scan    bool  // -config
	maxSize int64 // -config-max-size
	auto    bool  // -region=auto
}

const configUsage = `
Configuration files (standalone runs only; go vet and golangci-lint see Go files alone):
  -config
    	also scan the non-Go text files under the directories the patterns
    	name (.env, YAML, JSON, TOML, .properties, Dockerfile, Terraform,
    	shell scripts, //go:embed files) for retired Whispir URLs (default true)
  -config-max-size bytes
    	skip files larger than this (default 1048576)
  -region=auto
    	use the one regional host (api.<region>.whispir.com) the Go code and
    	configuration already name; with none or several, stop and list them
`

// takeConfigFlags removes -config, -config-max-size and -region=auto from
// the flags of args (up to the first package pattern) and returns the rest.
func takeConfigFlags(a *analysis.Analyzer, args []string) ([]string, configFlags, error) {
	cf := configFlags{scan: true, maxSize: configscan.DefaultMaxSize}
	if isVetTool(args) {
		// go vet passes analyzer flags only: -region=auto is left for the
		// analyzer's flag to reject, rather than dropped in silence.
		return args, cf, nil
	}
	known, _ := parseArgs(a, nil) // to tell the flags that take a value
	var rest []string
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" || !strings.HasPrefix(arg, "-") || arg == "-" {
			rest = append(rest, args[i:]...)
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		needsValue := func() (string, error) {
			if hasValue {
				return value, nil
			}
			if i+1 >= len(args) {
				return "", fmt.Errorf("flag needs an argument: -%s", name)
			}
			i++
			return args[i], nil
		}
		switch name {
		case "config":
			v := true
			if hasValue {
				var err error
				if v, err = strconv.ParseBool(value); err != nil {
					return nil, cf, fmt.Errorf("invalid boolean value %q for -config", value)
				}
			}
			cf.scan = v
			continue
		case "config-max-size":
			v, err := needsValue()
			if err != nil {
				return nil, cf, err
			}
			if cf.maxSize, err = strconv.ParseInt(v, 10, 64); err != nil || cf.maxSize <= 0 {
				return nil, cf, fmt.Errorf("invalid value %q for -config-max-size: a size in bytes", v)
			}
			continue
		case "region":
			if hasValue && value == "auto" || !hasValue && i+1 < len(args) && args[i+1] == "auto" {
				if !hasValue {
					i++
				}
				cf.auto = true
				continue
			}
		}
		rest = append(rest, arg)
		// A flag that takes a value written as the next argument.
		if f := known.flags.Lookup(name); f != nil && !hasValue && !isBoolFlag(f) && i+1 < len(args) {
			i++
			rest = append(rest, args[i])
		}
	}
	return rest, cf, nil
}

func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// scanConfig runs before the driver picks its mode. It resolves
// -region=auto (returning the arguments with the region written out, for
// the child processes), scans the configuration files, and, when they have
// findings, runs the whole command itself (done) so that they reach every
// output. With -format=sarif it only hands the findings to runSARIF.
func scanConfig(a *analysis.Analyzer, o *options, cf configFlags, args []string, stdout, stderr io.Writer) (_ []string, code int, done bool) {
	if os.Getenv(guardEnv) != "" || os.Getenv(configChildEnv) != "" {
		return args, 0, false // a child: its parent scans
	}
	roots, err := absRoots(o.patterns)
	if err != nil {
		return args, failf(stderr, "%v", err), true
	}
	if cf.auto {
		region, err := resolveAutoRegion(o, cf, roots, stderr)
		if err == nil {
			err = a.Flags.Set("region", region)
		}
		if err != nil {
			return args, reportFlagError(stderr, a.Name, err), true
		}
		args = append([]string{"-region=" + region}, args...)
		os.Args = append(os.Args[:1:1], args...) // for singlechecker
	}
	if !cf.scan {
		return args, 0, false
	}

	res := configscan.Scan(roots, configscan.Options{Region: currentRegion(a), MaxSize: cf.maxSize})
	for _, err := range res.Errors {
		fmt.Fprintf(stderr, "%s: configuration files: %v\n", a.Name, err)
	}
	if len(res.Files) == 0 {
		return args, 0, false
	}
	switch {
	case o.format == "sarif":
		o.configFindings = configFindings(res)
		return args, 0, false
	case o.fix && !o.diff:
		// With -json or -c too: -fix prints no findings, only the summary.
		return args, fixWithConfig(a, o, args, res, stderr), true
	case needsGuard(o):
		return args, guardedWithConfig(o, args, res, stdout, stderr), true
	}
	return args, textWithConfig(args, res, stderr), true
}

// absRoots returns the directories the patterns cover, made absolute so
// that file names read as the go command reports Go files.
func absRoots(patterns []string) ([]configscan.Root, error) {
	roots, _ := configscan.RootsOf(patterns) // import paths name packages, not trees of files
	for i, r := range roots {
		dir, err := filepath.Abs(r.Dir)
		if err != nil {
			return nil, err
		}
		roots[i].Dir = dir
	}
	return roots, nil
}

// currentRegion is the region the analyzer will use: its flag, or
// $WHISPIR_REGION (checked already).
func currentRegion(a *analysis.Analyzer) string {
	if f := a.Flags.Lookup("region"); f != nil && f.Value.String() != "" {
		return f.Value.String()
	}
	return os.Getenv(analyzer.RegionEnv)
}

// resolveAutoRegion returns the one region whose host the Go string
// literals and the configuration files under roots name, and says so on
// stderr; with none or several it returns an error that lists them.
func resolveAutoRegion(o *options, cf configFlags, roots []configscan.Root, stderr io.Writer) (string, error) {
	if o.isSet("region") {
		return "", errors.New("-region=auto and another -region given: give one")
	}
	if len(roots) == 0 {
		return "", errors.New("-region=auto reads the files under directory patterns (./..., ./dir); import paths and std name packages, not directories")
	}
	res := configscan.Scan(roots, configscan.Options{MaxSize: cf.maxSize, GoLiterals: true, Tests: o.tests})
	dir, _ := os.Getwd()
	var regions []string
	byRegion := make(map[string][]string)
	for _, u := range res.Regional {
		if _, ok := byRegion[u.Region]; !ok {
			regions = append(regions, u.Region)
		}
		byRegion[u.Region] = append(byRegion[u.Region], fmt.Sprintf("%s:%d:%d", displayPath(dir, u.Path), u.Line, u.Col))
	}
	slices.Sort(regions)
	list := func() string {
		var b strings.Builder
		for _, r := range regions {
			at := byRegion[r]
			const most = 5
			more := ""
			if len(at) > most {
				more = fmt.Sprintf(" and %d more", len(at)-most)
				at = at[:most]
			}
			fmt.Fprintf(&b, "\n  %s at %s%s", configscanHost(r), strings.Join(at, ", "), more)
		}
		return b.String()
	}
	switch len(regions) {
	case 0:
		return "", fmt.Errorf("-region=auto: no regional Whispir host (api.<region>.whispir.com) in the Go string literals or configuration files under %s; give the region with -region=REGION", strings.Join(o.patterns, " "))
	case 1:
		fmt.Fprintf(stderr, "whispirlint: -region=auto: using region %s, the only regional host found:%s\n", regions[0], list())
		return regions[0], nil
	}
	return "", fmt.Errorf("-region=auto: several Whispir regions are in use, so none is chosen; give one with -region=REGION:%s", list())
}

func configscanHost(region string) string { return "api." + region + ".whispir.com" }

// configFindings converts the findings in configuration files to the
// driver's findings (positions on disk, byte columns).
func configFindings(res *configscan.Result) []finding {
	var out []finding
	for _, f := range res.Files {
		for _, fd := range f.Findings {
			at := func(offset int) token.Position {
				// A finding and its edit are on one line: a URL has no newline.
				return token.Position{Filename: f.Path, Offset: offset, Line: fd.Line, Column: fd.Col + offset - fd.Offset}
			}
			cf := finding{rule: fd.Rule, message: fd.Message, pos: at(fd.Offset), end: at(fd.End)}
			if e := fd.Fix; e != nil {
				cf.fix = &fix{message: e.Message, edits: []edit{{pos: at(e.Start), end: at(e.End), newText: e.New}}}
			}
			out = append(out, cf)
		}
	}
	return out
}

// mergeFindings adds the findings in configuration files to the analyzer's,
// in the driver's order.
func mergeFindings(goFindings, configFindings []finding) []finding {
	all := append(slices.Clip(goFindings), configFindings...)
	slices.SortFunc(all, compareFindings)
	return all
}

// textWithConfig is the text output: the analyzer's findings (printed by a
// child, as singlechecker prints them), then the configuration's, and the
// exit code for findings.
func textWithConfig(args []string, res *configscan.Result, stderr io.Writer) int {
	code, err := runChild(args, configChildEnv+"=1", os.Stdout, os.Stderr)
	if err != nil {
		return failf(stderr, "%v", err)
	}
	printConfigText(stderr, configFindings(res), -1)
	if code == exitOK {
		code = exitFindings
	}
	return code
}

// printConfigText prints findings as singlechecker prints the analyzer's:
// "file:line:col: message", with -c N the lines around, credentials masked.
func printConfigText(w io.Writer, findings []finding, context int) {
	lines := make(map[string][]string)
	for _, f := range findings {
		fmt.Fprintf(w, "%s: %s\n", f.pos, f.message)
		if context < 0 {
			continue
		}
		l, ok := lines[f.pos.Filename]
		if !ok {
			data, _ := os.ReadFile(f.pos.Filename)
			l = strings.Split(string(data), "\n")
			lines[f.pos.Filename] = l
		}
		for i := f.pos.Line - context; i <= f.end.Line+context; i++ {
			if 1 <= i && i <= len(l) {
				fmt.Fprintf(w, "%d\t%s\n", i, maskConfigLine(l[i-1]))
			}
		}
	}
}

// guardedWithConfig is -c N, -json and -fix -diff: the analyzer's output
// comes masked from runGuarded; the configuration's is added to it.
func guardedWithConfig(o *options, args []string, res *configscan.Result, stdout, stderr io.Writer) int {
	var out bytes.Buffer
	code := runGuarded(args, &out, stderr, o.json)
	switch {
	case o.json:
		merged, err := mergeJSON(out.Bytes(), configFindings(res))
		if err != nil {
			stdout.Write(out.Bytes())
			return failf(stderr, "adding the configuration files to the JSON output: %v", err)
		}
		stdout.Write(merged)
	case o.fix && o.diff:
		stdout.Write(out.Bytes())
		for _, f := range res.Files {
			if fixed, n := f.Fixed(); n > 0 {
				io.WriteString(stdout, maskConfigText(configscan.Diff(f.Path, f.Content, fixed)))
			}
		}
	default:
		stdout.Write(out.Bytes())
		printConfigText(stderr, configFindings(res), o.context)
		if code == exitOK {
			code = exitFindings
		}
	}
	return code
}

// mergeJSON adds findings to the JSON tree singlechecker printed
// ({package: {analyzer: [diagnostic...]}}) under configJSONKey, in the
// same layout.
func mergeJSON(out []byte, findings []finding) ([]byte, error) {
	tree := make(map[string]map[string]json.RawMessage)
	if len(bytes.TrimSpace(out)) > 0 {
		if err := json.Unmarshal(out, &tree); err != nil {
			return nil, err
		}
	}
	type jsonEdit struct {
		Filename string `json:"filename"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		New      string `json:"new"`
	}
	type jsonFix struct {
		Message string     `json:"message"`
		Edits   []jsonEdit `json:"edits"`
	}
	type jsonDiagnostic struct {
		Category       string    `json:"category,omitempty"`
		Posn           string    `json:"posn"`
		End            string    `json:"end"`
		Message        string    `json:"message"`
		SuggestedFixes []jsonFix `json:"suggested_fixes,omitempty"`
	}
	var diags []jsonDiagnostic
	for _, f := range findings {
		d := jsonDiagnostic{Category: f.rule, Posn: f.pos.String(), End: f.end.String(), Message: f.message}
		if f.fix != nil {
			jf := jsonFix{Message: f.fix.message}
			for _, e := range f.fix.edits {
				jf.Edits = append(jf.Edits, jsonEdit{e.pos.Filename, e.pos.Offset, e.end.Offset, e.newText})
			}
			d.SuggestedFixes = []jsonFix{jf}
		}
		diags = append(diags, d)
	}
	raw, err := json.Marshal(diags)
	if err != nil {
		return nil, err
	}
	tree[configJSONKey] = map[string]json.RawMessage{analyzer.Name: raw}
	merged, err := json.MarshalIndent(tree, "", "\t")
	return append(merged, '\n'), err
}

// fixWithConfig is -fix: the configuration's new contents are written
// beside their files first, then the analyzer's child applies the Go fixes,
// and only when it succeeds are the configuration files put in place. Any
// file that cannot be written stops the run before anything is changed.
// The summary covers both.
func fixWithConfig(a *analysis.Analyzer, o *options, args []string, res *configscan.Result, stderr io.Writer) int {
	if code, bad := preflight(a, o, stderr); bad {
		return code
	}
	var changes []configscan.Change
	for _, f := range res.Files {
		if fixed, n := f.Fixed(); n > 0 {
			changes = append(changes, configscan.Change{File: f, Content: fixed})
		}
	}
	pending, err := configscan.Prepare(changes)
	if err != nil {
		return failf(stderr, "-fix changed nothing: %v", err)
	}
	defer pending.Discard()

	report, err := os.CreateTemp("", "whispirlint-fix-*.jsonl")
	if err != nil {
		return failf(stderr, "%v", err)
	}
	report.Close()
	defer os.Remove(report.Name())
	code, err := runChild(args, fixReportEnv+"="+report.Name(), os.Stdout, os.Stderr)
	if err != nil {
		return failf(stderr, "%v", err)
	}
	if code != exitOK {
		return code // the child has said what went wrong; no configuration file was changed
	}
	if written, err := pending.Commit(); err != nil {
		return failf(stderr, "-fix: the Go files are fixed, but writing the configuration files failed after %d of %d: %v", len(written), len(changes), err)
	}
	records, err := readFixRecords(report.Name())
	if err != nil {
		return failf(stderr, "reading the -fix report: %v", err)
	}
	dir, _ := os.Getwd()
	writeSummary(stderr, append(records, configRecords(res)...), dir)
	return exitOK
}

// configRecords are the -fix summary's records of the configuration files:
// a WL01 with a fix is migrated; WL02, and WL01 without a region or with a
// port or scheme that must be checked, are left for a change by hand, at
// their column in the fixed file.
func configRecords(res *configscan.Result) []fixRecord {
	var records []fixRecord
	for _, f := range res.Files {
		for _, fd := range f.Findings {
			r := fixRecord{File: f.Path, Line: fd.Line, Col: fd.Col + shiftBefore(f.Findings, fd), Rule: fd.Rule, Message: fd.Message}
			if fd.Fix != nil {
				r.Fixed = []string{f.Path}
			}
			records = append(records, r)
		}
	}
	return records
}

// shiftBefore is how many bytes the fixes before fd on its line add.
func shiftBefore(findings []configscan.Finding, fd configscan.Finding) int {
	shift := 0
	for _, other := range findings {
		if e := other.Fix; e != nil && other.Line == fd.Line && e.End <= fd.Offset {
			shift += len(e.New) - (e.End - e.Start)
		}
	}
	return shift
}
