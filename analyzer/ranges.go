package analyzer

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"math/bits"
	"slices"
	"sort"

	"golang.org/x/tools/go/ast/inspector"
)

// A spanIndex answers "which of these source ranges holds [pos, end)?" in
// O(log² n), where the rules would otherwise test every range for every
// node: the stray scan asks it for every mention of the key parameter
// against every WL02 site, and each WL01 report asks it against every
// range of declined code.
//
// The ranges are sorted by start; the ranges that start at or before pos
// are then a prefix of that order, which splits into O(log n) aligned
// blocks (one per set bit of its length). Each block keeps its ranges
// sorted by end, longest first, with the running minimum of their
// positions in the caller's order: in a block, the ranges that end at or
// after end are a prefix too, found by binary search.
type spanIndex struct {
	starts []token.Pos   // the starts, sorted
	levels [][]spanByEnd // levels[k]: blocks of 1<<k ranges in start order, each sorted by end, descending
}

// A spanByEnd is one range in a block of a spanIndex level.
type spanByEnd struct {
	end   token.Pos
	first int // the smallest caller's index among this entry and those before it in its block
}

// newSpanIndex indexes spans (see edit.go); its answers are indexes into
// spans.
func newSpanIndex(spans []span) *spanIndex {
	order := make([]int, len(spans))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(spans[a].pos, spans[b].pos) })
	x := &spanIndex{starts: make([]token.Pos, len(spans))}
	for i, o := range order {
		x.starts[i] = spans[o].pos
	}
	for size := 1; size <= len(spans); size <<= 1 {
		level := make([]spanByEnd, len(spans))
		idx := make([]int, len(spans))
		copy(idx, order)
		for lo := 0; lo < len(spans); lo += size {
			block := idx[lo:min(lo+size, len(spans))]
			slices.SortStableFunc(block, func(a, b int) int { return cmp.Compare(spans[b].end, spans[a].end) })
			for j, o := range block {
				first := o
				if j > 0 {
					first = min(first, level[lo+j-1].first)
				}
				level[lo+j] = spanByEnd{end: spans[o].end, first: first}
			}
		}
		x.levels = append(x.levels, level)
	}
	return x
}

// first returns the smallest index of a span with pos' <= pos and
// end <= end', or -1 when no span holds [pos, end].
func (x *spanIndex) first(pos, end token.Pos) int {
	// The spans that start at or before pos: x.starts[:n].
	n := sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > pos })
	best := -1
	lo := 0
	for k := bits.Len(uint(n)) - 1; k >= 0; k-- {
		size := 1 << k
		if n&size == 0 {
			continue
		}
		block := x.levels[k][lo : lo+size]
		// The entries of the block that end at or after end: block[:m].
		m := sort.Search(len(block), func(i int) bool { return block[i].end < end })
		if m > 0 && (best < 0 || block[m-1].first < best) {
			best = block[m-1].first
		}
		lo += size
	}
	return best
}

// holds reports whether some span holds [pos, end].
func (x *spanIndex) holds(pos, end token.Pos) bool { return x.first(pos, end) >= 0 }

// keySites returns the index of the WL02 sites' ranges (p.keys), built
// again only when sites were added since.
func (p *passState) keySites() *spanIndex {
	if p.keyIndex == nil || p.keyIndexed != len(p.keys) {
		spans := make([]span, len(p.keys))
		for i, k := range p.keys {
			site := k.cur.Node()
			spans[i] = span{site.Pos(), site.End()}
		}
		p.keyIndex, p.keyIndexed = newSpanIndex(spans), len(p.keys)
	}
	return p.keyIndex
}

// declinedSpans returns the index of p.declined, built again only when
// ranges were added since.
func (p *passState) declinedSpans() *spanIndex {
	if p.declinedIndex == nil || p.declinedIndexed != len(p.declined) {
		spans := make([]span, len(p.declined))
		for i, d := range p.declined {
			spans[i] = span{d.pos, d.end}
		}
		p.declinedIndex, p.declinedIndexed = newSpanIndex(spans), len(p.declined)
	}
	return p.declinedIndex
}

// constUses returns the uses of each of the package's (and its imports')
// constants, collected in one walk over the uses of the package.
func (p *passState) constUses() map[*types.Const][]*ast.Ident {
	if p.constUse == nil {
		p.constUse = make(map[*types.Const][]*ast.Ident)
		for id, obj := range p.pass.TypesInfo.Uses {
			if c, ok := obj.(*types.Const); ok {
				p.constUse[c] = append(p.constUse[c], id)
			}
		}
	}
	return p.constUse
}

// cursorOf returns the cursor of node n of the package, as
// p.inspector().Root().FindNode(n) does, without walking the package: it
// looks in the file that holds n only, and there only into the nodes
// around n's position.
func (p *passState) cursorOf(n ast.Node) (inspector.Cursor, bool) {
	fc, ok := p.fileCursor(n.Pos())
	if !ok {
		return p.inspector().Root().FindNode(n)
	}
	if c, ok := fc.FindByPos(n.Pos(), n.End()); ok {
		// The innermost node over n's range is n, or one of the same
		// range inside it (a statement and its expression).
		for ; c.Node() != nil && c.Node().Pos() == n.Pos() && c.Node().End() == n.End(); c = c.Parent() {
			if c.Node() == n {
				return c, true
			}
		}
	}
	return fc.FindNode(n)
}

// fileCursor returns the cursor of the file that holds pos.
func (p *passState) fileCursor(pos token.Pos) (inspector.Cursor, bool) {
	if p.fileCurs == nil {
		p.fileCurs = make(map[*token.File]inspector.Cursor)
		for fc := range p.inspector().Root().Children() {
			p.fileCurs[p.pass.Fset.File(fc.Node().Pos())] = fc
		}
	}
	fc, ok := p.fileCurs[p.pass.Fset.File(pos)]
	return fc, ok
}
