package main

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// TestUnifiedDiffHeaders is the adversarial case diff-hunk-header-offsets:
// the second hunk's new start counts the lines the first one added.
func TestUnifiedDiffHeaders(t *testing.T) {
	var old []string
	for i := 1; i <= 30; i++ {
		old = append(old, fmt.Sprintf("line %d\n", i))
	}
	new := append([]string(nil), old[:5]...)
	new = append(new, "added\n")
	new = append(new, old[5:24]...)
	new = append(new, "changed 25\n", "added too\n")
	new = append(new, old[25:]...)
	got := unifiedDiff("a/x.go", "b/x.go", strings.Join(old, ""), strings.Join(new, ""))
	var headers []string
	for _, l := range strings.Split(got, "\n") {
		if strings.HasPrefix(l, "@@") {
			headers = append(headers, l)
		}
	}
	want := []string{"@@ -3,6 +3,7 @@", "@@ -22,7 +23,8 @@"}
	if strings.Join(headers, "|") != strings.Join(want, "|") {
		t.Errorf("headers %q, want %q\n%s", headers, want, got)
	}
	if !strings.HasPrefix(got, "--- a/x.go\n+++ b/x.go\n") {
		t.Errorf("file header:\n%s", got)
	}
}

func TestUnifiedDiffEqual(t *testing.T) {
	if got := unifiedDiff("a", "b", "x\ny\n", "x\ny\n"); got != "" {
		t.Errorf("equal texts give %q", got)
	}
}

func TestUnifiedDiffNoFinalNewline(t *testing.T) {
	got := unifiedDiff("a/f", "b/f", "a\nb", "a\nc")
	want := "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	checkPatch(t, "a\nb", "a\nc", got)
}

// TestUnifiedDiffApplies checks random edits: applying each diff strictly
// by its headers (no fuzz, no search) must give the new text.
func TestUnifiedDiffApplies(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 500 {
		n := r.IntN(60)
		var old []string
		for j := range n {
			old = append(old, "l"+strconv.Itoa(j%7)+"\n") // repeated lines make the diff ambiguous
		}
		var new []string
		for _, l := range old {
			switch r.IntN(10) {
			case 0: // delete
			case 1:
				new = append(new, "new"+strconv.Itoa(r.IntN(3))+"\n")
			case 2:
				new = append(new, l, "ins\n")
			default:
				new = append(new, l)
			}
		}
		oldText, newText := strings.Join(old, ""), strings.Join(new, "")
		if r.IntN(4) == 0 {
			newText = strings.TrimSuffix(newText, "\n")
		}
		t.Run(strconv.Itoa(i), func(t *testing.T) {
			checkPatch(t, oldText, newText, unifiedDiff("a/f", "b/f", oldText, newText))
		})
	}
}

// checkPatch applies diff to old the strict way: every hunk at the line its
// header says, every count exact, and each new start equal to the old start
// plus the lines added so far.
func checkPatch(t *testing.T, old, new, diff string) {
	t.Helper()
	if old == new {
		if diff != "" {
			t.Fatalf("equal texts give a diff")
		}
		return
	}
	src := splitLines(old)
	lines := strings.SplitAfter(diff, "\n")
	var out []string
	next, offset := 0, 0 // next old line to copy (0-based); new minus old lines so far
	i := 2               // after the file header
	for i < len(lines) && lines[i] != "" {
		var os, oc, ns, nc int
		h := strings.TrimSuffix(lines[i], "\n")
		if _, err := fmt.Sscanf(normalizeHeader(h), "@@ -%d,%d +%d,%d @@", &os, &oc, &ns, &nc); err != nil {
			t.Fatalf("bad hunk header %q: %v\n%s", h, err, diff)
		}
		first := os
		if oc > 0 {
			first = os - 1 // 0-based index of the hunk's first old line
		}
		o1, n1 := os, ns // the first line of each side, also when it is empty
		if oc == 0 {
			o1++
		}
		if nc == 0 {
			n1++
		}
		if n1-o1 != offset {
			t.Fatalf("hunk %q: new start %d does not follow from the old start and %d lines added before\n%s", h, ns, offset, diff)
		}
		out = append(out, src[next:first]...)
		next = first
		i++
		for oc+nc > 0 {
			l := lines[i]
			i++
			text := l[1:]
			if i < len(lines) && strings.HasPrefix(lines[i], `\ No newline`) {
				text = strings.TrimSuffix(text, "\n")
				i++
			}
			switch l[0] {
			case ' ', '-':
				if src[next] != text {
					t.Fatalf("hunk %q: old line %d is %q, the diff says %q\n%s", h, next+1, src[next], text, diff)
				}
				next++
				oc--
				if l[0] == ' ' {
					out = append(out, text)
					nc--
				} else {
					offset--
				}
			case '+':
				out = append(out, text)
				nc--
				offset++
			default:
				t.Fatalf("bad line %q\n%s", l, diff)
			}
			if oc < 0 || nc < 0 {
				t.Fatalf("hunk %q has more lines than its header says\n%s", h, diff)
			}
		}
	}
	out = append(out, src[next:]...)
	if got := strings.Join(out, ""); got != new {
		t.Fatalf("patched text differs:\n%q\nwant\n%q\ndiff:\n%s", got, new, diff)
	}
}

// normalizeHeader writes the counts that a header may leave out (1).
func normalizeHeader(h string) string {
	f := strings.Fields(h)
	for i := 1; i <= 2; i++ {
		if !strings.Contains(f[i], ",") {
			f[i] += ",1"
		}
	}
	return strings.Join(f, " ")
}
