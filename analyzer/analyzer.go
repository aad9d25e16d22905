package analyzer

import (
	_ "embed"
	"flag"
	"fmt"
	"go/token"
	"os"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/whispirlint/whispirlint/fixer"
)

//go:embed doc.go
var docFile string

// Name is the analyzer's name.
const Name = "whispirlint"

// DocURL is the rules reference, docs/rules.md; a rule's section there is
// DocURL + "#" + its lower-cased ID ("#wl01"), anchors the page keeps.
const DocURL = "https://github.com/whispirlint/whispirlint/blob/main/docs/rules.md"

// RegionEnv is the environment variable that gives the region when none is
// configured, so go vet, go fix, golangci-lint and nogo users can set it once.
const RegionEnv = "WHISPIR_REGION"

// Config configures one analyzer instance. The zero value reports every
// finding, reads the region from WHISPIR_REGION, and offers no secret fixes.
type Config struct {
	// Region is the Whispir region (au, nz, ap, ap1, us, it, education) whose
	// host replaces retired hosts. Empty means WHISPIR_REGION; when that is
	// empty too, findings are reported without host-rewriting fixes.
	Region string
	// Secrets selects what the credential rules do: "" or "report" (report
	// only) or "env" (offer a fix that reads the secret from the environment).
	Secrets string
	// SecretsInTests makes the hardcoded-credential rules check _test.go files too.
	SecretsInTests bool
	// Rules, when not empty, lists the only rules to report; Disable
	// lists rules not to report: IDs (WL01) or names (legacy-host).
	Rules, Disable []string
	// NolintByDriver leaves //nolint comments to the driver: golangci-lint
	// applies them itself, and its nolintlint reports a //nolint:whispirlint
	// as unused when the analyzer has already consumed it. Other drivers
	// (standalone, go vet) have no nolint processing: the analyzer applies
	// //nolint for them. //whispirlint: directives are the analyzer's under
	// every driver.
	NolintByDriver bool

	scope *Scope // set by WithScope for whole-program drivers
}

// Validate reports whether c is usable, with an error that lists valid values.
func (c Config) Validate() error {
	if err := checkRegion(c.Region); err != nil {
		return err
	}
	if err := checkRuleIDs(append(slices.Clone(c.Rules), c.Disable...)); err != nil {
		return err
	}
	switch c.Secrets {
	case "", "report", "env":
		return nil
	}
	return fmt.Errorf("invalid secrets mode %q: want report or env", c.Secrets)
}

func checkRegion(r string) error {
	if r == "" || fixer.IsRegion(strings.ToLower(r)) {
		return nil
	}
	return fmt.Errorf("unknown Whispir region %q: valid regions are %s", r, strings.Join(fixer.Regions, ", "))
}

// Analyzer is whispirlint with its configuration bound to its own flags
// (-region, -secrets, -secrets-in-tests): the instance command-line drivers
// and nogo use.
var Analyzer = newWithFlags()

// New returns a fresh analyzer for cfg. Instances share no mutable state, so
// several may run in one process with different configurations.
func New(cfg Config) (*analysis.Analyzer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	c := cfg
	c.Region = strings.ToLower(c.Region)
	c.Rules, _ = ruleIDs(c.Rules) // checked by Validate: rule names become IDs
	c.Disable, _ = ruleIDs(c.Disable)
	return newAnalyzer(&c), nil
}

func newAnalyzer(c *Config) *analysis.Analyzer {
	doc, err := extractDoc(docFile, Name)
	if err != nil {
		panic(err)
	}
	a := &analysis.Analyzer{
		Name:       Name,
		Doc:        doc,
		URL:        DocURL,
		ResultType: suppressedType,
		Run:        func(pass *analysis.Pass) (any, error) { return runSelected(pass, *c) },
	}
	configs.Store(a, c)
	return a
}

func newWithFlags() *analysis.Analyzer {
	c := new(Config)
	a := newAnalyzer(c)
	a.Flags.Var(regionFlag{&c.Region}, "region",
		"Whispir region for rewritten hosts: "+strings.Join(fixer.Regions, ", ")+" (default $"+RegionEnv+")")
	a.Flags.Var(secretsFlag{&c.Secrets}, "secrets",
		"what to do with hardcoded credentials: report, or env to offer fixes that read them from environment variables")
	a.Flags.BoolVar(&c.SecretsInTests, "secrets-in-tests", false, "check _test.go files for hardcoded credentials too")
	a.Flags.Var(ruleListFlag{&c.Rules}, "rules", "report only these rules (comma-separated IDs or names, e.g. WL01,apikey-in-query)")
	a.Flags.Var(ruleListFlag{&c.Disable}, "disable", "do not report these rules (comma-separated IDs or names, e.g. WL21,sinch-basic-auth)")
	return a
}

type regionFlag struct{ p *string }

func (f regionFlag) String() string {
	if f.p == nil {
		return ""
	}
	return *f.p
}

func (f regionFlag) Set(s string) error {
	if err := checkRegion(s); err != nil {
		return err
	}
	*f.p = strings.ToLower(s)
	return nil
}

type secretsFlag struct{ p *string }

func (f secretsFlag) String() string {
	if f.p == nil {
		return ""
	}
	return *f.p
}

func (f secretsFlag) Set(s string) error {
	if err := (Config{Secrets: s}).Validate(); err != nil {
		return err
	}
	*f.p = s
	return nil
}

var _ flag.Value = regionFlag{}

// region resolves the configured region, falling back to WHISPIR_REGION.
func (c Config) region() (string, error) {
	if c.Region != "" {
		return c.Region, nil
	}
	r := strings.ToLower(os.Getenv(RegionEnv))
	if err := checkRegion(r); err != nil {
		return "", fmt.Errorf("$%s: %v", RegionEnv, err)
	}
	return r, nil
}

// run runs the rules. dropped says which reports the driver's selection and
// suppressions will drop (nil: none).
func run(pass *analysis.Pass, c Config, dropped func(rule string, pos token.Pos) bool) (any, error) {
	region, err := c.region()
	if err != nil {
		return nil, err
	}
	p := newPassState(pass, c, region)
	p.dropped = dropped
	if !p.anyHint() {
		return nil, nil // the fast path: nothing to find in this package
	}
	p.checkWhispir()
	p.checkCredentials()
	p.checkPeers()
	return nil, nil
}
