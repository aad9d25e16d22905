package main

// This file prints the unified diffs of -fix -diff (standalone and under
// go vet / go fix). x/tools' diff is internal, and its hunk headers count
// the new file's start line wrongly after a first hunk; this one is small,
// exact, and tested against a strict patch applier (udiff_test.go).

import (
	"fmt"
	"strings"
)

// diffContext is the number of unchanged lines around each change.
const diffContext = 3

// A diffLine is one line of an edit script: ' ' kept, '-' deleted, '+' added.
// Its text keeps its line terminator, if it has one.
type diffLine struct {
	kind byte
	text string
}

// unifiedDiff returns the unified diff that turns old into new, with the
// given header names ("a/x.go", "b/x.go"); "" when the texts are equal.
func unifiedDiff(oldName, newName, old, new string) string {
	if old == new {
		return ""
	}
	script := lineDiff(splitLines(old), splitLines(new))
	var b strings.Builder
	fmt.Fprintf(&b, "--- %s\n+++ %s\n", oldName, newName)
	for _, h := range hunks(script) {
		writeHunk(&b, script, h)
	}
	return b.String()
}

// splitLines splits s after each newline; the last line may lack one.
func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// lineDiff returns a shortest edit script from a to b (Myers' algorithm),
// after setting aside the common prefix and suffix, which fixes make long.
func lineDiff(a, b []string) []diffLine {
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	s := 0
	for s < len(a)-p && s < len(b)-p && a[len(a)-1-s] == b[len(b)-1-s] {
		s++
	}
	var script []diffLine
	for _, l := range a[:p] {
		script = append(script, diffLine{' ', l})
	}
	script = append(script, myers(a[p:len(a)-s], b[p:len(b)-s])...)
	for _, l := range a[len(a)-s:] {
		script = append(script, diffLine{' ', l})
	}
	return script
}

// myers is the greedy O((N+M)D) algorithm; it keeps, for each D, only the
// diagonals -D..D it reached, so memory is O(D²).
func myers(a, b []string) []diffLine {
	n, m := len(a), len(b)
	// v[k] is the furthest x reached on diagonal k (k = x - y).
	v := map[int]int{1: 0}
	var trace []map[int]int // trace[d]: v before step d
	for d := 0; d <= n+m; d++ {
		snapshot := make(map[int]int, 2*d+1)
		for k := -d; k <= d; k++ {
			if x, ok := v[k]; ok {
				snapshot[k] = x
			}
		}
		trace = append(trace, snapshot)
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[k-1] < v[k+1] {
				x = v[k+1] // down: an insertion
			} else {
				x = v[k-1] + 1 // right: a deletion
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x, y = x+1, y+1
			}
			v[k] = x
			if x >= n && y >= m {
				return backtrack(a, b, trace)
			}
		}
	}
	panic("unreachable: an edit script has at most N+M steps")
}

func backtrack(a, b []string, trace []map[int]int) []diffLine {
	var rev []diffLine
	x, y := len(a), len(b)
	for d := len(trace) - 1; d >= 0; d-- {
		v := trace[d]
		k := x - y
		var prevK int
		if k == -d || k != d && v[k-1] < v[k+1] {
			prevK = k + 1
		} else {
			prevK = k - 1
		}
		prevX := v[prevK]
		prevY := prevX - prevK
		for x > prevX && y > prevY {
			x, y = x-1, y-1
			rev = append(rev, diffLine{' ', a[x]})
		}
		if d == 0 {
			break
		}
		if x == prevX {
			rev = append(rev, diffLine{'+', b[prevY]})
		} else {
			rev = append(rev, diffLine{'-', a[prevX]})
		}
		x, y = prevX, prevY
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	return rev
}

// A hunk is the range [start, end) of an edit script that one @@ section shows.
type hunk struct{ start, end int }

// hunks groups the changes of script with diffContext lines around each;
// changes closer than twice that share a hunk.
func hunks(script []diffLine) []hunk {
	var out []hunk
	for i := 0; i < len(script); i++ {
		if script[i].kind == ' ' {
			continue
		}
		start := max(0, i-diffContext)
		if n := len(out); n > 0 && start <= out[n-1].end {
			out[n-1].end = min(len(script), i+1+diffContext)
		} else {
			out = append(out, hunk{start, min(len(script), i+1+diffContext)})
		}
	}
	return out
}

// writeHunk writes one hunk with its header. Line numbers are 1-based; a
// side with no lines gives the line before the hunk, as GNU diff does.
func writeHunk(b *strings.Builder, script []diffLine, h hunk) {
	oldLine, newLine := 1, 1
	for _, l := range script[:h.start] {
		if l.kind != '+' {
			oldLine++
		}
		if l.kind != '-' {
			newLine++
		}
	}
	oldCount, newCount := 0, 0
	for _, l := range script[h.start:h.end] {
		if l.kind != '+' {
			oldCount++
		}
		if l.kind != '-' {
			newCount++
		}
	}
	if oldCount == 0 {
		oldLine--
	}
	if newCount == 0 {
		newLine--
	}
	fmt.Fprintf(b, "@@ -%s +%s @@\n", hunkRange(oldLine, oldCount), hunkRange(newLine, newCount))
	for _, l := range script[h.start:h.end] {
		b.WriteByte(l.kind)
		b.WriteString(l.text)
		if !strings.HasSuffix(l.text, "\n") {
			b.WriteString("\n\\ No newline at end of file\n")
		}
	}
}

func hunkRange(start, count int) string {
	if count == 1 {
		return fmt.Sprint(start)
	}
	return fmt.Sprintf("%d,%d", start, count)
}
