// Package gclplugin registers whispirlint as a golangci-lint v2 module plugin
// named "whispirlint".
//
// Build a custom golangci-lint with this package blank-imported (golangci-lint
// custom, or a main package that calls commands.Execute), then enable it in
// .golangci.yml:
//
//	linters:
//	  default: none
//	  enable: [whispirlint]
//	  settings:
//	    custom:
//	      whispirlint:
//	        type: module
//	        description: migrate retired Whispir API calls
//	        settings:
//	          region: au
//	          secrets: report
//	          secrets-in-tests: false
//	          disable: [WL21, WL22]   # or rules: [WL01, WL02] to run only those
//
// //nolint:whispirlint comments are golangci-lint's to apply (and
// nolintlint's to check); //whispirlint:ignore directives are the
// analyzer's, as under every driver.
//
// The region comes from the settings only: golangci-lint caches results by
// its configuration, not by the environment, so $WHISPIR_REGION is refused
// here (set settings.region instead).
package gclplugin

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/whispirlint/whispirlint/analyzer"
)

func init() { register.Plugin(analyzer.Name, New) }

// Settings are the plugin's settings in .golangci.yml; each field matches
// the analyzer.Config field and the standalone flag of the same name.
type Settings struct {
	Region         string   `json:"region"`
	Secrets        string   `json:"secrets"`
	SecretsInTests bool     `json:"secrets-in-tests"`
	Rules          []string `json:"rules"`
	Disable        []string `json:"disable"`
}

var knownKeys = []string{"region", "secrets", "secrets-in-tests", "rules", "disable"}

// Plugin is whispirlint configured from .golangci.yml.
type Plugin struct{ cfg analyzer.Config }

var _ register.LinterPlugin = (*Plugin)(nil)

// New decodes the plugin's settings. An unknown key or an invalid value is an
// error, so a typo in .golangci.yml cannot silently disable a fix.
func New(settings any) (register.LinterPlugin, error) {
	if err := checkKeys(settings); err != nil {
		return nil, err
	}
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, fmt.Errorf("whispirlint settings: %w", err)
	}
	if s.Region == "" && getenv(analyzer.RegionEnv) != "" {
		// Not safe: golangci-lint would serve results cached for another region.
		return nil, fmt.Errorf("whispirlint settings: $%s is not read under golangci-lint, whose cache does not key on the environment: set settings.region in .golangci.yml", analyzer.RegionEnv)
	}
	cfg := analyzer.Config{Region: s.Region, Secrets: s.Secrets, SecretsInTests: s.SecretsInTests, Rules: upper(s.Rules), Disable: upper(s.Disable),
		// golangci-lint applies //nolint itself: consumed here, nolintlint
		// would report every //nolint:whispirlint as unused.
		NolintByDriver: true}
	if _, err := analyzer.New(cfg); err != nil {
		return nil, fmt.Errorf("whispirlint settings: %w", err)
	}
	return &Plugin{cfg: cfg}, nil
}

// getenv is os.Getenv, replaced in tests.
var getenv = os.Getenv

func upper(ids []string) []string {
	var out []string
	for _, id := range ids {
		out = append(out, strings.ToUpper(strings.TrimSpace(id)))
	}
	return out
}

// checkKeys names every unknown key at once, with the valid ones, which the
// JSON decoder's "unknown field" error does not.
func checkKeys(settings any) error {
	raw, ok := settings.(map[string]any)
	if !ok {
		return nil // nil, or a shape the decoder will reject with its own error
	}
	var unknown []string
	for _, k := range slices.Sorted(maps.Keys(raw)) {
		if !slices.Contains(knownKeys, k) {
			unknown = append(unknown, fmt.Sprintf("%q", k))
		}
	}
	if unknown == nil {
		return nil
	}
	return fmt.Errorf("whispirlint settings: unknown key %s: valid keys are %s",
		strings.Join(unknown, ", "), strings.Join(knownKeys, ", "))
}

// BuildAnalyzers returns a fresh analyzer for this configuration, so several
// configurations can coexist and the command-line flags stay untouched.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	a, err := analyzer.New(p.cfg)
	if err != nil {
		return nil, err
	}
	return []*analysis.Analyzer{a}, nil
}

// GetLoadMode reports that whispirlint needs type information.
func (p *Plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
