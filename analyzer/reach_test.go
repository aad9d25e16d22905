package analyzer

import (
	"go/ast"
	"testing"
)

// The union-find of reach.go joins what is joined, and nothing else, also
// after path halving.
func TestReachGraphUnion(t *testing.T) {
	g := &reachGraph{parent: make(map[ast.Node]ast.Node)}
	n := make([]ast.Node, 8)
	for i := range n {
		n[i] = &ast.BadExpr{}
	}
	g.union(n[0], n[1])
	g.union(n[1], n[2])
	g.union(n[3], n[4])
	g.union(n[2], hub)
	for range 3 { // find halves paths: ask again and again
		for _, pair := range [][2]int{{0, 1}, {0, 2}, {3, 4}} {
			if g.find(n[pair[0]]) != g.find(n[pair[1]]) {
				t.Errorf("%d and %d not joined", pair[0], pair[1])
			}
		}
		if g.find(n[0]) != g.find(hub) || g.find(n[3]) == g.find(hub) || g.find(n[0]) == g.find(n[3]) {
			t.Error("hub joined wrongly")
		}
		if g.find(n[5]) == g.find(n[6]) || g.find(n[5]) == nil {
			t.Error("5 and 6 joined, or found nil")
		}
	}
}
