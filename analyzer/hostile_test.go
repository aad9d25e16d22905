package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestPropertyFindings covers the shapes e2e's property test found fixes
// for that were incomplete (an http scheme left beside a migrated host) or
// that conflicted with another fix in the same call.
func TestPropertyFindings(t *testing.T) { fixes(t, "propfound") }

// TestEscapes checks hosts and parameters spelled with escapes, raw
// strings and invalid UTF-8: found by their constant values, fixed with
// literals of the same value.
func TestEscapes(t *testing.T) { fixes(t, "hostileescapes") }

// TestLineDirectives checks that files with //line or /*line*/ directives
// are reported with no fix: their positions may not map back to the source.
func TestLineDirectives(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, au, "hostileline")
}
