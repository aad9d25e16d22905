package analyzer

import (
	"go/token"
	"math/rand/v2"
	"testing"
)

func TestSpanIndexFirst(t *testing.T) {
	spans := []span{{10, 20}, {0, 100}, {10, 20}, {15, 18}, {30, 40}, {25, 45}}
	x := newSpanIndex(spans)
	for _, c := range []struct {
		pos, end token.Pos
		want     int
	}{
		{12, 14, 0},   // in 10-20, the first of two equal spans, and in 0-100
		{16, 17, 0},   // 15-18 holds it too, but comes later
		{50, 60, 1},   // only 0-100
		{31, 39, 1},   // 0-100 comes before 30-40 and 25-45
		{0, 100, 1},   // a span holds itself
		{99, 101, -1}, // runs past every end
		{200, 201, -1},
	} {
		if got := x.first(c.pos, c.end); got != c.want {
			t.Errorf("first(%d, %d) = %d, want %d", c.pos, c.end, got, c.want)
		}
	}
	if x := newSpanIndex(nil); x.holds(1, 2) {
		t.Error("an empty index holds a span")
	}
}

// TestSpanIndexRandom checks the index against a scan of every span, on
// nested, overlapping and repeated spans.
func TestSpanIndexRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		spans := make([]span, r.IntN(70))
		for i := range spans {
			pos := token.Pos(r.IntN(100))
			spans[i] = span{pos, pos + token.Pos(r.IntN(40))}
		}
		x := newSpanIndex(spans)
		for range 100 {
			pos := token.Pos(r.IntN(120))
			end := pos + token.Pos(r.IntN(10))
			want := -1
			for i, s := range spans {
				if s.pos <= pos && end <= s.end {
					want = i
					break
				}
			}
			if got := x.first(pos, end); got != want {
				t.Fatalf("spans %v: first(%d, %d) = %d, want %d", spans, pos, end, got, want)
			}
		}
	}
}
