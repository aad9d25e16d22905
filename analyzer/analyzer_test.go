package analyzer_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/whispirlint/whispirlint/analyzer"
)

var testdata = func() string {
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		panic(err)
	}
	return dir
}()

func withRegion(t *testing.T, region string) *analysis.Analyzer {
	t.Helper()
	t.Setenv(analyzer.RegionEnv, "")
	a, err := analyzer.New(analyzer.Config{Region: region})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestConcat(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata, withRegion(t, "au"), "concat")
}
