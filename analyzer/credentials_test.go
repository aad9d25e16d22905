package analyzer_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/whispirlint/whispirlint/analyzer"
)

// secrets returns an analyzer for region au with the given credential options.
func secrets(t *testing.T, mode string, inTests bool) *analysis.Analyzer {
	t.Helper()
	a, err := analyzer.New(analyzer.Config{Region: "au", Secrets: mode, SecretsInTests: inTests})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestCredBasic(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, secrets(t, "report", false), "credbasic")
}

func TestCredKey(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, secrets(t, "", false), "credkey")
}

func TestCredEnv(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testdata, secrets(t, "env", false), "credenv")
}

// The fixtures of credbasic_test.go and credkey_test.go are skipped by
// default (TestCredBasic, TestCredKey); credtests_test.go is checked, and
// fixed, with -secrets-in-tests.
func TestCredInTests(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testdata, secrets(t, "env", true), "credtests")
}

// credSecrets are the credentials written in the cred* packages, and the
// base64 forms of the user:password pairs.
var credSecrets = []string{
	"wonderland", "hunter2", "s3cr3t+/?>", "Pa55word!", "k3y0123456789abc", "s3cr3tK3yV4lu3",
	"003026bbc133714df1834b8638bb496e", "2f9b4d31f35b6f98a7c1e0d2b3a4c5d6", "sk_live_0123456789abcdef",
	"YWxpY2U6d29uZGVybGFuZA", "Ym9iOmh1bnRlcjI", "Y2Fyb2w6czNjcjN0Ky8", "YWRtaW46UGE1NXdvcmQh",
}

// TestCredMessagesHideSecrets checks every message and fix message of the
// credential packages for the credentials they hold.
func TestCredMessagesHideSecrets(t *testing.T) {
	t.Parallel()
	for _, mode := range []string{"report", "env"} {
		results := analysistest.Run(t, testdata, secrets(t, mode, false), "credbasic", "credkey")
		results = append(results, analysistest.Run(t, testdata, secrets(t, mode, true), "credtests")...)
		for _, r := range results {
			for _, d := range r.Diagnostics {
				texts := []string{d.Message}
				for _, f := range d.SuggestedFixes {
					texts = append(texts, f.Message)
				}
				for _, text := range texts {
					for _, s := range credSecrets {
						if strings.Contains(text, s) {
							t.Errorf("%s: %q shows the secret %q", r.Pass.Fset.Position(d.Pos), text, s)
						}
					}
				}
			}
		}
	}
}

// TestCredFixesDoNotOverlap checks that no two diagnostics have overlapping
// edits (identical edits, such as the same import added, merge), so that
// drivers that apply every fix at once can apply them all.
func TestCredFixesDoNotOverlap(t *testing.T) {
	t.Parallel()
	results := analysistest.Run(t, testdata, secrets(t, "env", true), "credenv", "credtests", "literalkey")
	type owned struct {
		edit analysis.TextEdit
		diag int
	}
	for _, r := range results {
		var all []owned
		for i, d := range r.Diagnostics {
			for _, f := range d.SuggestedFixes {
				for _, e := range f.TextEdits {
					all = append(all, owned{e, i})
				}
			}
		}
		for i, x := range all {
			for _, y := range all[i+1:] {
				if x.diag == y.diag || x.edit.Pos == y.edit.Pos && x.edit.End == y.edit.End && string(x.edit.NewText) == string(y.edit.NewText) {
					continue
				}
				if x.edit.Pos < y.edit.End && y.edit.Pos < x.edit.End || x.edit.Pos == y.edit.Pos {
					t.Errorf("%s: the edits of %q and %q overlap", r.Pass.Fset.Position(x.edit.Pos),
						r.Diagnostics[x.diag].Message, r.Diagnostics[y.diag].Message)
				}
			}
		}
	}
}
