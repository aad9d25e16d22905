package main

import (
	"slices"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestAffected checks which packages a round analyzes again: those newly
// held, and those that import, directly or not, a package with new kept
// names; not the others.
func TestAffected(t *testing.T) {
	base := &packages.Package{ID: "m/base", PkgPath: "m/base", Imports: map[string]*packages.Package{}}
	mid := &packages.Package{ID: "m/mid", PkgPath: "m/mid", Imports: map[string]*packages.Package{"m/base": base}}
	top := &packages.Package{ID: "m/top", PkgPath: "m/top", Imports: map[string]*packages.Package{"m/mid": mid}}
	other := &packages.Package{ID: "m/other", PkgPath: "m/other", Imports: map[string]*packages.Package{}}
	held := &packages.Package{ID: "m/held", PkgPath: "m/held", Imports: map[string]*packages.Package{}}
	pkgs := []*packages.Package{base, mid, top, other, held}
	ids := func(run []*packages.Package) []string {
		var out []string
		for _, p := range run {
			out = append(out, p.ID)
		}
		return out
	}
	for _, tc := range []struct {
		name         string
		before, held map[string]string
		kept         map[string]bool
		want         []string
	}{
		{"nothing new", map[string]string{"m/held": "x"}, map[string]string{"m/held": "x"}, nil, nil},
		{"newly held", map[string]string{}, map[string]string{"m/held": "x"}, nil, []string{"m/held"}},
		{"kept in base", map[string]string{}, map[string]string{}, map[string]bool{"m/base": true}, []string{"m/base", "m/mid", "m/top"}},
		{"kept in top", map[string]string{}, map[string]string{}, map[string]bool{"m/top": true}, []string{"m/top"}},
		{"both", map[string]string{}, map[string]string{"m/other": "x"}, map[string]bool{"m/mid": true}, []string{"m/mid", "m/top", "m/other"}},
	} {
		got := ids(affected(pkgs, tc.before, tc.held, tc.kept))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: affected = %v, want %v", tc.name, got, tc.want)
		}
	}
}
