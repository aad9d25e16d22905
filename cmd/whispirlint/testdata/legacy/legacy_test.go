package legacy

import "testing"

// The package has tests, so its files are analyzed twice (legacy and
// legacy [legacy.test]) and the drivers must not report or fix twice.
func TestBase(t *testing.T) {
	if base == "" || 𝔘rl == "" || café == "" {
		t.Fatal("empty")
	}
}
