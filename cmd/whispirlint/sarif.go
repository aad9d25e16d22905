package main

// This file writes findings as a SARIF 2.1.0 log for GitHub code scanning.
// Only the subset of the format that whispirlint fills in is modelled.
// Specification: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

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
	Invocations        []sarifInvocation                `json:"invocations,omitempty"`
}

// sarifInvocation says that the run did not analyze everything: a package
// that does not load or type-check is a notification, not an empty result.
type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level   string       `json:"level"`
	Message sarifMessage `json:"message"`
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
	Properties           *sarifProperties   `json:"properties,omitempty"`
}

// sarifProperties are the rule properties GitHub code scanning reads: tags,
// and for security rules a CVSS-like security-severity.
type sarifProperties struct {
	Tags             []string `json:"tags,omitempty"`
	SecuritySeverity string   `json:"security-severity,omitempty"`
	Precision        string   `json:"precision,omitempty"`
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
	// PartialFingerprints let code scanning follow an alert when lines move.
	PartialFingerprints map[string]string  `json:"partialFingerprints,omitempty"`
	Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"` // "inSource": a directive in a comment
	Justification string `json:"justification,omitempty"`
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

// writeSARIF is -format=sarif: it writes the log of r to stdout, with
// artifact URIs relative to the repository root (or -sarif-base).
func writeSARIF(stdout, stderr io.Writer, r *report, m *masker, o *options) int {
	base := o.sarifBase
	if base == "" {
		cwd, err := os.Getwd()
		if err != nil {
			return failf(stderr, "%v", err)
		}
		base = repoRoot(cwd)
	}
	base, err := filepath.Abs(base)
	if err != nil {
		return failf(stderr, "%v", err)
	}
	findings := maskFindings(r.findings, m) // no credentials in the log: see docs/credentials.md
	suppressed := maskFindings(r.suppressed, m)
	src := newSources(base)
	src.mask = m.maskText
	src.isConfig = r.isConfig
	log, unknown := buildSARIF(findings, suppressed, analyzer.Rules, src)
	for _, id := range unknown {
		fmt.Fprintf(stderr, "%s: warning: findings of category %q, which is not a rule\n", analyzer.Name, id)
	}
	if len(r.broken) > 0 {
		inv := sarifInvocation{ExecutionSuccessful: false}
		for _, b := range r.broken {
			text := "package " + b.id + " was not analyzed: it does not load or type-check:\n" + strings.Join(b.errors, "\n")
			inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{Level: "error", Message: sarifMessage{Text: m.maskText(text)}})
		}
		log.Runs[0].Invocations = []sarifInvocation{inv}
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(log); err != nil {
		return failf(stderr, "writing SARIF: %v", err)
	}
	return o.findingsExit(len(findings))
}

// repoRoot is the root of the git repository dir is in (the nearest
// directory up with a .git entry), or dir itself outside a repository.
func repoRoot(dir string) string {
	if root, ok := findUp(dir, ".git"); ok {
		return root
	}
	return dir
}

// findUp returns the nearest directory from dir up that holds name.
func findUp(dir, name string) (string, bool) {
	for d := dir; ; {
		if _, err := os.Lstat(filepath.Join(d, name)); err == nil {
			return d, true
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", false
		}
		d = parent
	}
}

// buildSARIF returns the log of findings (sorted already), with one rule
// descriptor per rule, and the categories of findings that are not rules
// (each given a bare descriptor, so the log stays self-consistent).
func buildSARIF(findings, suppressed []finding, rules []analyzer.Rule, src *sources) (sarifLog, []string) {
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
	all := slices.Clone(findings)
	for _, f := range suppressed {
		f.justification = cmp.Or(f.justification, "suppressed by a directive")
		all = append(all, f)
	}
	seen := make(map[string]int) // occurrences of each fingerprint base
	for _, f := range all {
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
		res := src.result(f, i)
		res.PartialFingerprints = map[string]string{fingerprintKey: src.fingerprint(f, seen)}
		if f.justification != "" {
			res.Suppressions = []sarifSuppression{{Kind: "inSource", Justification: f.justification}}
		}
		run.Results = append(run.Results, res)
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
		Properties:           ruleProperties(r.ID),
	}
}

// securityRules are the credential rules, shown by code scanning as
// security alerts with a severity (CWE-798: use of hard-coded credentials;
// CWE-598: credentials in a query string).
var securityRules = map[string]sarifProperties{
	"WL11": {Tags: []string{"security", "credentials", "external/cwe/cwe-798"}, SecuritySeverity: "7.5", Precision: "high"},
	"WL12": {Tags: []string{"security", "credentials", "external/cwe/cwe-798"}, SecuritySeverity: "7.5", Precision: "high"},
	"WL21": {Tags: []string{"security", "credentials", "external/cwe/cwe-598"}, SecuritySeverity: "6.5", Precision: "high"},
	"WL22": {Tags: []string{"security", "credentials"}, SecuritySeverity: "4.0", Precision: "high"},
}

func ruleProperties(id string) *sarifProperties {
	if p, ok := securityRules[id]; ok {
		return &p
	}
	return &sarifProperties{Tags: []string{"migration"}, Precision: "high"}
}

// fingerprintKey names whispirlint's partial fingerprint; the version
// changes when the way it is computed does.
const fingerprintKey = "whispirlint/v1"

// fingerprint identifies a finding across runs whatever its line number:
// rule, file, the text of its line (masked, blanks trimmed), and how many
// times the same triple came before in this log.
func (src *sources) fingerprint(f finding, seen map[string]int) string {
	line := ""
	if content := src.file(f.pos.Filename); content != nil {
		start := f.pos.Offset - (f.pos.Column - 1)
		if start >= 0 && f.pos.Offset <= len(content) {
			rest := content[start:]
			if i := bytes.IndexByte(rest, '\n'); i >= 0 {
				rest = rest[:i]
			}
			line = src.mask(string(rest))
			if src.isConfig(f.pos.Filename) {
				line = maskConfigLine(line)
			}
			line = strings.TrimSpace(line)
		}
	}
	base := f.rule + "\x00" + src.artifact(f.pos.Filename).URI + "\x00" + line
	n := seen[base]
	seen[base]++
	sum := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d", base, n)))
	return hex.EncodeToString(sum[:16])
}

func (src *sources) result(f finding, ruleIndex int) sarifResult {
	res := sarifResult{
		RuleID:    f.rule,
		RuleIndex: &ruleIndex,
		Level:     resultLevel,
		Message:   sarifMessage{Text: strings.TrimPrefix(f.message, f.rule+": ")}, // the rule ID is the result's ruleId
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

// repoURL is the project's home page: DocURL up to the path of the file.
func repoURL() string {
	u, _, _ := strings.Cut(analyzer.DocURL, "/blob/")
	return u
}

// ruleURL is a rule's section in docs/rules.md: its anchor is the
// lower-cased ID.
func ruleURL(id string) string { return analyzer.DocURL + "#" + strings.ToLower(id) }
