package analyzer_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/whispirlint/whispirlint/analyzer"
)

// testdata is the repository's testdata folder, shared with the end-to-end tests.
var testdata = func() string {
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		panic(err)
	}
	return dir
}()

// withRegion returns an analyzer for region ("" for none), with
// WHISPIR_REGION cleared so the environment cannot leak in.
func withRegion(t *testing.T, region string) *analysis.Analyzer {
	t.Helper()
	t.Setenv(analyzer.RegionEnv, "")
	a, err := analyzer.New(analyzer.Config{Region: region})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// au is the analyzer for region au. An explicit region never reads the
// environment, so the tests that use it run in parallel.
var au = func() *analysis.Analyzer {
	a, err := analyzer.New(analyzer.Config{Region: "au"})
	if err != nil {
		panic(err)
	}
	return a
}()

func fixes(t *testing.T, pkgs ...string) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testdata, au, pkgs...)
}

func TestConcat(t *testing.T)     { fixes(t, "concat") }
func TestSprintf(t *testing.T)    { fixes(t, "sprintf") }
func TestNetURL(t *testing.T)     { fixes(t, "neturl") }
func TestFields(t *testing.T)     { fixes(t, "fields") }
func TestSplit(t *testing.T)      { fixes(t, "split", "splitconst") }
func TestShortcuts(t *testing.T)  { fixes(t, "shortcuts") }
func TestHelpers(t *testing.T)    { fixes(t, "helpers") }
func TestLiteralKey(t *testing.T) { fixes(t, "literalkey") }
func TestFlow(t *testing.T)       { fixes(t, "wl02_flow") }
func TestTransport(t *testing.T)  { fixes(t, "wl02_transport") }
func TestReqLiteral(t *testing.T) { fixes(t, "wl02_reqlit") }
func TestFlagKey(t *testing.T)    { fixes(t, "flagkey") }

func TestLookalikes(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, au, "lookalike")
}

func TestGeneratedFilesGetNoFix(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, au, "generated")
}

func TestNoRegion(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata, withRegion(t, ""), "noregion")
}

func TestRegionFromEnvironment(t *testing.T) {
	t.Setenv(analyzer.RegionEnv, "au")
	a, err := analyzer.New(analyzer.Config{})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, testdata, a, "concat")
}

func TestBadRegion(t *testing.T) {
	_, err := analyzer.New(analyzer.Config{Region: "eu"})
	if err == nil || err.Error() != `unknown Whispir region "eu": valid regions are au, nz, ap, ap1, us, it, education` {
		t.Fatalf("New(eu) error = %v", err)
	}
	if err := analyzer.Analyzer.Flags.Set("region", "mars"); err == nil {
		t.Fatal("-region=mars accepted")
	}
}

// TestCrossPackage: a package's hosts stay retired while a package that
// imports it writes the key parameter, and that package's sites built on
// them are declined; without such an importer the host is rewritten.
func TestCrossPackage(t *testing.T) {
	fixes(t, "crosspkg/base", "crosspkg/user", "crosspkg/free", "crosspkg/freeuser", "crosspkg/kbase", "crosspkg/kuser", "crosspkg/dclient", "crosspkg/ddefaults", "crosspkg/dmain")
}

// TestBuildConstraints: a file that this build excludes (another GOOS)
// holds the package's hosts like a test file the pass does not hold.
func TestBuildConstraints(t *testing.T) { fixes(t, "buildtags") }

func TestCallee(t *testing.T) { fixes(t, "wl02_callee") }

func TestParamHosts(t *testing.T) { fixes(t, "wl02_params") }

func TestStrays(t *testing.T) { fixes(t, "wl02_strays") }

func TestHeaderReplaced(t *testing.T) { fixes(t, "wl02_header") }

// TestHeldConditions: a key added under a condition, or on a host in a
// generated file, is left as it is and reported.
func TestHeldConditions(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, au, "wl02_conditions", "wl02_genhost")
}

func TestScheme(t *testing.T) { fixes(t, "wl02_scheme") }

func TestOneLine(t *testing.T) { fixes(t, "wl02_oneline") }

func TestMessages(t *testing.T) { fixes(t, "wl02_messages") }

func TestFormatConstants(t *testing.T) { fixes(t, "wl02_formatconst") }

func TestInertCallee(t *testing.T) { fixes(t, "wl02_inert/errutils", "wl02_inert/client") }

func TestInternalPrivate(t *testing.T) {
	fixes(t, "internalpriv/internal/wclient", "internalpriv/svc")
}
