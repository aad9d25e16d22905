package e2e

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestGolangciLintNolintlint runs the plugin with nolintlint enabled: a
// //nolint:whispirlint that suppresses a finding is golangci-lint's to
// apply, so nolintlint sees it used and says nothing; one that suppresses
// nothing is reported by nolintlint (not by WL90). The standalone tool
// still honours the same comment.
func TestGolangciLintNolintlint(t *testing.T) {
	gcl := golangciLint(t)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "go.mod"), "module example.com/nolint\n\ngo 1.26\n")
	writeFile(t, filepath.Join(dir, "send.go"), `package nolint

import "net/http"

const base = "https://api.whispir.com" //nolint:whispirlint // overridden in production

func Messages(k string, c *http.Client) error {
	req, err := http.NewRequest("GET", base+"/messages?apikey="+k, nil)
	if err != nil {
		return err
	}
	_, err = c.Do(req)
	return err
}
`)
	writeFile(t, filepath.Join(dir, "nolint.go"), `package nolint

// Fallback is the retired host, kept for the replay tests.
const Fallback = "https://api.whispir.com" //nolint:whispirlint // replay fixture

// Regional is migrated already: nothing to suppress.
const Regional = "https://api.au.whispir.com" //nolint:whispirlint // stale

// Legacy is reported.
const Legacy = "https://api.whispir.com/messages"
`)
	cfg := filepath.Join(t.TempDir(), ".golangci.yml")
	writeFile(t, cfg, `version: "2"
linters:
  default: none
  enable:
    - whispirlint
    - nolintlint
  settings:
    nolintlint:
      require-specific: true
    custom:
      whispirlint:
        type: module
        description: migrate retired Whispir API calls
        settings:
          region: `+region+`
`)
	r := runCmd(t, dir, golangciEnv(t), defaultTimeout, gcl, "run", "--config="+cfg, "./...")
	out := r.output()
	for _, want := range []string{
		"nolint.go:10:16: WL01: ",      // Legacy, reported
		"nolint.go:7:", "(nolintlint)", // Regional's directive, unused
	} {
		if !strings.Contains(out, want) {
			t.Errorf("golangci-lint output without %q:\n%s", want, r)
		}
	}
	for _, notWant := range []string{"nolint.go:4:", "WL90"} {
		if strings.Contains(out, notWant) {
			t.Errorf("golangci-lint output with %q (the used directive reported, or WL90 under golangci-lint):\n%s", notWant, r)
		}
	}

	// The standalone tool applies the same comments itself.
	r = runCmd(t, dir, nil, defaultTimeout, toolBin, "-region="+region, "./...")
	out = r.output()
	if !strings.Contains(out, "nolint.go:10:16: WL01: ") || strings.Contains(out, "nolint.go:4:") || !strings.Contains(out, "nolint.go:7:") {
		t.Errorf("standalone: want Legacy's WL01 and the unused directive's WL90, nothing on line 4:\n%s", r)
	}

	// run --fix: the host golangci-lint keeps by //nolint keeps its key in
	// the query too (no request sent to the retired host with the key in a
	// header only); the unsuppressed host is migrated.
	r = runCmd(t, dir, golangciEnv(t), defaultTimeout, gcl, "run", "--config="+cfg, "--fix", "./...")
	if r.code != 0 && r.code != 1 {
		t.Fatalf("golangci-lint run --fix failed:\n%s", r)
	}
	if send := fileContents(dir, "send.go"); !strings.Contains(send, `base+"/messages?apikey="+k`) || strings.Contains(send, "x-api-key") {
		t.Errorf("run --fix migrated the key of a request to a host //nolint keeps:\n%s", send)
	}
	if got := fileContents(dir, "nolint.go"); !strings.Contains(got, `Legacy = "https://api.au.whispir.com/messages"`) || !strings.Contains(got, `Fallback = "https://api.whispir.com"`) {
		t.Errorf("run --fix: want Legacy migrated and Fallback kept:\n%s", got)
	}
}
