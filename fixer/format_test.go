package fixer

import (
	"fmt"
	"strings"
	"testing"
)

func TestParseFormat(t *testing.T) {
	ps, ok := ParseFormat("%s/m?apikey=%v&limit=%-3d%%")
	if !ok {
		t.Fatal("refused")
	}
	want := []Part{{Text: "%s", Hole: true}, {Text: "/m?apikey="}, {Text: "%v", Hole: true}, {Text: "&limit="}, {Text: "%-3d", Hole: true}, {Text: "%%"}}
	if fmt.Sprint(ps) != fmt.Sprint(want) {
		t.Fatalf("ParseFormat = %v, want %v", ps, want)
	}
	for _, f := range []string{"%[1]s", "%*d", "%"} {
		if _, ok := ParseFormat(f); ok {
			t.Errorf("ParseFormat(%q) accepted", f)
		}
	}
}

// FuzzParseFormat checks that ParseFormat and JoinFormat round-trip and that
// the holes are exactly the verbs fmt consumes arguments for.
func FuzzParseFormat(f *testing.F) {
	for _, s := range []string{"%s?apikey=%s", "100%% %d", "%+.2f|%x", "a%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, format string) {
		ps, ok := ParseFormat(format)
		if !ok {
			return
		}
		if got := JoinFormat(ps, nil); got != format {
			t.Fatalf("JoinFormat(ParseFormat(%q)) = %q", format, got)
		}
		var args []any
		for _, p := range ps {
			if p.Hole {
				args = append(args, 1)
			}
		}
		if out := fmt.Sprintf(format, args...); containsBadVerb(out) {
			t.Fatalf("%q with %d args gives %q", format, len(args), out)
		}
	})
}

func containsBadVerb(s string) bool {
	for _, bad := range []string{"%!(EXTRA", "%!(MISSING", "%!(BADINDEX", "%!(NOVERB"} {
		if strings.Contains(s, bad) {
			return true
		}
	}
	return false
}
