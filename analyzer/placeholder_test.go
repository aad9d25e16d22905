package analyzer

import "testing"

func TestIsPlaceholder(t *testing.T) {
	for key, want := range map[string]bool{
		"%s": true, "%v": true, "%[2]s": true, "%-10s": true, "{key}": true, "{0}": true,
		"{{.Key}}": true, "$KEY": true, "${API_KEY}": true, ":key": true, "<your-key>": true,
		"k3yInConfig2026": false, "abc%s": false, "KEY-123": false, "%": false, "": false,
	} {
		if got := isPlaceholder(key); got != want {
			t.Errorf("isPlaceholder(%q) = %v, want %v", key, got, want)
		}
	}
}
