package main

// This file adds the non-Go text files of the module to the standalone run
// (package configscan): .env, YAML, JSON, TOML, .properties, Dockerfiles,
// Terraform, shell scripts. go/analysis drivers give the analyzer Go files
// only, so the driver scans them itself, in this process, under the
// directories the package patterns cover, and adds what it finds to the
// report: every output mode (text, -c, -json, -format=sarif, -fix with its
// summary, -fix -diff) then shows them with the Go findings, and -fix
// writes Go and configuration files in one plan. It also resolves
// -region=auto before the analyzer is configured: the analyzer never sees
// "auto".
//
// When no configuration file has a finding (the common case), the report
// is the analyzer's alone.

import (
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/whispirlint/whispirlint/analyzer"
	"github.com/whispirlint/whispirlint/internal/configscan"
)

// configJSONKey is the "package" under which -json lists the findings in
// configuration files.
const configJSONKey = "(configuration files)"

// configFlags are the driver's flags for configuration files. They are
// taken off the command line before parseArgs reads it: -region=auto is no
// value of the analyzer's -region flag, and go vet never sees them.
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

// scanConfig runs before the analysis: it resolves -region=auto (setting
// the analyzer's flag, so that the analyzer never sees "auto") and scans the
// configuration files under the directories the patterns name. ok is false
// when the run must stop with code. The result is nil with -config=false.
func scanConfig(a *analysis.Analyzer, o *options, cf configFlags, stderr io.Writer) (_ *configscan.Result, code int, ok bool) {
	roots, err := absRoots(o.patterns)
	if err != nil {
		return nil, failf(stderr, "%v", err), false
	}
	if cf.auto {
		region, err := resolveAutoRegion(o, cf, roots, stderr)
		if err == nil {
			err = a.Flags.Set("region", region)
		}
		if err != nil {
			return nil, reportFlagError(stderr, a.Name, err), false
		}
	}
	if !cf.scan {
		return nil, exitOK, true
	}
	// A directory that does not exist is the package loader's error to
	// report: said once, by the go command, as for a Go-only run.
	roots = slices.DeleteFunc(roots, func(r configscan.Root) bool {
		_, err := os.Stat(r.Dir)
		return errors.Is(err, fs.ErrNotExist)
	})
	res := configscan.Scan(roots, configscan.Options{Region: currentRegion(a), MaxSize: cf.maxSize})
	for _, err := range res.Errors {
		fmt.Fprintf(stderr, "%s: configuration files: %v\n", a.Name, err)
	}
	return res, exitOK, true
}

// scanEmbedded adds to res the files that the analyzed packages embed
// with //go:embed and the directory scan did not report: an embedded .txt
// or .html is the program's data, not prose, and an embedded file may sit
// where the scan does not look (testdata, or a package named by import
// path). Nothing with -config=false (res nil).
func scanEmbedded(a *analysis.Analyzer, cf configFlags, res *configscan.Result, embedded []string, stderr io.Writer) *configscan.Result {
	if res == nil || len(embedded) == 0 {
		return res
	}
	var paths []string
	for _, p := range embedded {
		if !slices.ContainsFunc(res.Files, func(f *configscan.File) bool { return f.Path == p }) {
			paths = append(paths, p)
		}
	}
	more := configscan.ScanFiles(paths, configscan.Options{Region: currentRegion(a), MaxSize: cf.maxSize})
	for _, err := range more.Errors {
		fmt.Fprintf(stderr, "%s: configuration files: %v\n", a.Name, err)
	}
	res.Files = append(res.Files, more.Files...)
	slices.SortFunc(res.Files, func(x, y *configscan.File) int { return strings.Compare(x.Path, y.Path) })
	res.Skipped = append(res.Skipped, more.Skipped...)
	return res
}

// addConfig adds the findings in configuration files of the rules selected
// to the report, in the order of the analyzer's, so that every output mode
// shows them with the Go findings.
func (r *report) addConfig(res *configscan.Result, selected func(rule string) bool) {
	if res == nil {
		return
	}
	var found []finding
	for _, f := range configFindings(res) {
		if selected(f.rule) {
			found = append(found, f)
		}
	}
	if len(found) == 0 {
		return
	}
	// A Go request that keeps its key in the query may build its URL from
	// a configuration value: a host rewritten there alone would send the
	// key to the regional host in the query, which fails.
	if at := r.keyKeptInGo(); at != "" {
		for i := range found {
			if found[i].fix != nil && found[i].rule == "WL01" {
				found[i].fix = nil
				found[i].message += "; Go code of this run keeps the API key in a query (" + at +
					") and may build its URL from this value: migrate them together by hand"
			}
		}
	}
	r.config = make(map[string]*configscan.File)
	for _, f := range res.Files {
		r.config[f.Path] = f
	}
	r.findings = append(r.findings, found...)
	slices.SortStableFunc(r.findings, compareFindings)
}

// keyKeptInGo returns where a Go finding of the report keeps the API key
// in a query (a WL02 finding without a fix), as "file:line", or "".
func (r *report) keyKeptInGo() string {
	cwd, _ := os.Getwd()
	for _, f := range r.findings {
		if f.rule == "WL02" && f.fix == nil {
			return displayPath(cwd, f.posn.Filename) + ":" + strconv.Itoa(f.posn.Line)
		}
	}
	return ""
}

// ruleSelection is the analyzer's -rules and -disable, read back from its
// flags (they hold normalized IDs), for the configuration findings.
func ruleSelection(a *analysis.Analyzer) func(rule string) bool {
	list := func(name string) []string {
		f := a.Flags.Lookup(name)
		if f == nil || f.Value.String() == "" {
			return nil
		}
		return strings.Split(f.Value.String(), ",")
	}
	only, disabled := list("rules"), list("disable")
	return func(rule string) bool {
		if len(only) > 0 && !slices.Contains(only, rule) {
			return false
		}
		return !slices.Contains(disabled, rule)
	}
}

// isConfig reports whether name is a configuration file of the report.
func (r *report) isConfig(name string) bool { return r.config[name] != nil }

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
// driver's findings (positions on disk, byte columns; no //line directive
// moves them), listed by -json under configJSONKey.
func configFindings(res *configscan.Result) []finding {
	var out []finding
	for _, f := range res.Files {
		for _, fd := range f.Findings {
			at := func(offset int) token.Position {
				// A finding and its edit are on one line: a URL has no newline.
				return token.Position{Filename: f.Path, Offset: offset, Line: fd.Line, Column: fd.Col + offset - fd.Offset}
			}
			cf := finding{rule: fd.Rule, message: fd.Message, pos: at(fd.Offset), end: at(fd.End), pkgID: configJSONKey}
			cf.posn = cf.pos
			if e := fd.Fix; e != nil {
				cf.fix = &fix{message: e.Message, edits: []edit{{pos: at(e.Start), end: at(e.End), newText: e.New}}}
			}
			out = append(out, cf)
		}
	}
	return out
}

// columnInFixed is the column of the finding i of a configuration file in
// the file -fix writes: a fix earlier on its line (a longer or shorter host)
// moves it. The summary points where the user will look.
func (r *report) columnInFixed(plan *fixPlan, i int) int {
	f := r.findings[i]
	col := f.posn.Column
	for j, other := range r.findings {
		if !plan.fixed[j] || other.pos.Filename != f.pos.Filename || other.pos.Line != f.pos.Line {
			continue
		}
		for _, e := range other.fix.edits {
			if e.end.Offset <= f.pos.Offset {
				col += len(e.newText) - (e.end.Offset - e.pos.Offset)
			}
		}
	}
	return col
}
