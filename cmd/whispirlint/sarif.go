package main

// This file writes findings as a SARIF 2.1.0 log for GitHub code scanning.
// Only the subset of the format that whispirlint fills in is modelled.
// Specification: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/whispirlint/whispirlint/analyzer"
)

const (
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	sarifVersion = "2.1.0"
	srcRoot      = "%SRCROOT%" // the uriBaseId of paths relative to the current directory
	resultLevel  = "warning"   // every finding is a call that Whispir now rejects, but not a crash
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                        `json:"tool"`
	OriginalURIBaseIDs map[string]sarifArtifactLocation `json:"originalUriBaseIds,omitempty"`
	ColumnKind         string                           `json:"columnKind"`
	Results            []sarifResult                    `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Version        string      `json:"version"`
	Rules          []sarifRule `json:"rules"`
}

// sarifRule is a reportingDescriptor.
type sarifRule struct {
	ID                   string             `json:"id"`
	Name                 string             `json:"name,omitempty"`
	ShortDescription     sarifMessage       `json:"shortDescription"`
	FullDescription      *sarifMessage      `json:"fullDescription,omitempty"`
	HelpURI              string             `json:"helpUri,omitempty"`
	Help                 *sarifMessage      `json:"help,omitempty"`
	DefaultConfiguration sarifConfiguration `json:"defaultConfiguration"`
}

type sarifConfiguration struct {
	Level string `json:"level"`
}

// sarifMessage is a message or a multiformatMessageString.
type sarifMessage struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifResult struct {
	RuleID           string          `json:"ruleId"`
	RuleIndex        *int            `json:"ruleIndex,omitempty"`
	Level            string          `json:"level"`
	Message          sarifMessage    `json:"message"`
	Locations        []sarifLocation `json:"locations"`
	RelatedLocations []sarifLocation `json:"relatedLocations,omitempty"`
	Fixes            []sarifFix      `json:"fixes,omitempty"`
}

type sarifLocation struct {
	ID               *int                  `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifMessage         `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           sarifRegion           `json:"region"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

// sarifRegion is a text region. Lines and columns are 1-based, columns in
// UTF-16 code units (the run's columnKind); endColumn is exclusive. Absent
// end fields mean the region runs to the end of the start line.
type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

type sarifFix struct {
	Description     sarifMessage          `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Replacements     []sarifReplacement    `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion           `json:"deletedRegion"`
	InsertedContent *sarifArtifactContent `json:"insertedContent,omitempty"`
}

type sarifArtifactContent struct {
	Text string `json:"text"`
}

// runSARIF is -format=sarif: it writes the log to stdout and returns 0, or
// reports errors on stderr, writes no log, and returns 1.
func runSARIF(a *analysis.Analyzer, o *options, stdout, stderr io.Writer) int {
	findings, err := analyze(a, o, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", a.Name, err)
		return exitError
	}
	dir, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", a.Name, err)
		return exitError
	}
	findings = mergeFindings(findings, o.configFindings)
	findings = maskFindings(findings, os.ReadFile) // no credentials in the log: see SECRETS.md
	log, unknown := buildSARIF(findings, analyzer.Rules, newSources(dir))
	for _, id := range unknown {
		fmt.Fprintf(stderr, "%s: warning: findings of category %q, which is not a rule\n", a.Name, id)
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(log); err != nil {
		fmt.Fprintf(stderr, "%s: writing SARIF: %v\n", a.Name, err)
		return exitError
	}
	return exitOK
}

// buildSARIF returns the log of findings (sorted already), with one rule
// descriptor per rule, and the categories of findings that are not rules
// (each given a bare descriptor, so the log stays self-consistent).
func buildSARIF(findings []finding, rules []analyzer.Rule, src *sources) (sarifLog, []string) {
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           analyzer.Name,
			InformationURI: repoURL(),
			Version:        toolVersion(),
		}},
		OriginalURIBaseIDs: map[string]sarifArtifactLocation{srcRoot: {URI: src.baseURI()}},
		ColumnKind:         "utf16CodeUnits",
		Results:            []sarifResult{},
	}
	index := make(map[string]int)
	for _, r := range rules {
		index[r.ID] = len(run.Tool.Driver.Rules)
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, ruleDescriptor(r))
	}
	var unknown []string
	for _, f := range findings {
		i, ok := index[f.rule]
		if !ok {
			i = len(run.Tool.Driver.Rules)
			index[f.rule] = i
			run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{
				ID:                   f.rule,
				ShortDescription:     sarifMessage{Text: analyzer.Name + " finding " + f.rule},
				DefaultConfiguration: sarifConfiguration{Level: resultLevel},
			})
			unknown = append(unknown, f.rule)
		}
		run.Results = append(run.Results, src.result(f, i))
	}
	return sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}}, unknown
}

func ruleDescriptor(r analyzer.Rule) sarifRule {
	fixText := r.Fix
	if fixText == "" {
		fixText = "Report only: the change must be made by hand."
	}
	return sarifRule{
		ID:               r.ID,
		Name:             r.Name,
		ShortDescription: sarifMessage{Text: r.Title},
		FullDescription:  &sarifMessage{Text: r.Finds},
		HelpURI:          ruleURL(r.ID),
		Help: &sarifMessage{
			Text: r.Finds + "\n\nFix: " + fixText,
			Markdown: fmt.Sprintf("%s\n\n**Fix:** %s\n\n❌ Before:\n```go\n%s\n```\n\n✅ After:\n```go\n%s\n```\n\n[%s](%s)",
				r.Finds, fixText, r.Before, r.After, r.ID+" documentation", ruleURL(r.ID)),
		},
		DefaultConfiguration: sarifConfiguration{Level: resultLevel},
	}
}

func (src *sources) result(f finding, ruleIndex int) sarifResult {
	res := sarifResult{
		RuleID:    f.rule,
		RuleIndex: &ruleIndex,
		Level:     resultLevel,
		Message:   sarifMessage{Text: f.message},
		Locations: []sarifLocation{{PhysicalLocation: src.location(f.pos, f.end)}},
	}
	for i, r := range f.related {
		res.RelatedLocations = append(res.RelatedLocations, sarifLocation{
			ID:               &i,
			PhysicalLocation: src.location(r.pos, r.end),
			Message:          &sarifMessage{Text: r.message},
		})
	}
	if f.fix != nil {
		res.Fixes = []sarifFix{src.fix(f.fix)}
	}
	return res
}

// fix groups the edits by file, in the order the files first appear.
func (src *sources) fix(fx *fix) sarifFix {
	out := sarifFix{Description: sarifMessage{Text: fx.message}, ArtifactChanges: []sarifArtifactChange{}}
	byFile := make(map[string]int)
	for _, e := range fx.edits {
		i, ok := byFile[e.pos.Filename]
		if !ok {
			i = len(out.ArtifactChanges)
			byFile[e.pos.Filename] = i
			out.ArtifactChanges = append(out.ArtifactChanges, sarifArtifactChange{ArtifactLocation: src.artifact(e.pos.Filename)})
		}
		r := sarifReplacement{DeletedRegion: src.region(e.pos, e.end)}
		if e.newText != "" {
			r.InsertedContent = &sarifArtifactContent{Text: e.newText}
		}
		out.ArtifactChanges[i].Replacements = append(out.ArtifactChanges[i].Replacements, r)
	}
	return out
}

// repoURL is the project's home page: DocURL without its anchor.
func repoURL() string {
	u, _, _ := strings.Cut(analyzer.DocURL, "#")
	return u
}

// ruleURL is the README section of a rule: its anchor is the lower-cased ID.
func ruleURL(id string) string { return repoURL() + "#" + strings.ToLower(id) }

// toolVersion is the module version the binary was built from ("(devel)"
// for a build inside the repository).
func toolVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}
