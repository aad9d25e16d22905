package fixer

import (
	"net/url"
	"slices"
	"strings"
	"testing"
)

// parts builds parts from a compact notation: "$" is a hole.
func parts(pieces ...string) []Part {
	var ps []Part
	for _, p := range pieces {
		if p == "$" {
			ps = append(ps, Part{Hole: true})
		} else {
			ps = append(ps, Part{Text: p})
		}
	}
	return ps
}

// render joins parts, writing holes as their values and skipping removed ones.
func render(ps []Part, removed []bool, holes []string) string {
	var b strings.Builder
	h := 0
	for i, p := range ps {
		if p.Hole {
			if removed == nil || !removed[i] {
				b.WriteString(holes[h])
			}
			h++
			continue
		}
		b.WriteString(p.Text)
	}
	return b.String()
}

func TestRemoveKeyParam(t *testing.T) {
	tests := []struct {
		in      []string
		bare    bool
		want    string // rendered with holes "B" (first), "K" (key), "N" (other)
		holes   []string
		keyHole int
		key     string
	}{
		{[]string{"$", "/messages?apikey=", "$"}, false, "B/messages", []string{"B", "K"}, 2, ""},
		{[]string{"https://api.whispir.com/m?apikey=", "$", "&limit=10"}, false, "https://api.whispir.com/m?limit=10", []string{"K"}, 1, ""},
		{[]string{"$", "?limit=10&apikey=", "$"}, false, "B?limit=10", []string{"B", "K"}, 2, ""},
		{[]string{"$", "?a=1&apiKey=", "$", "&b=2"}, false, "B?a=1&b=2", []string{"B", "K"}, 2, ""},
		{[]string{"$", "?APIKEY=", "$", "#frag"}, false, "B#frag", []string{"B", "K"}, 2, ""},
		{[]string{"apikey=", "$"}, true, "", []string{"K"}, 1, ""},
		{[]string{"apikey=", "$", "&view=full"}, true, "view=full", []string{"K"}, 1, ""},
		{[]string{"x=1&apikey=", "$"}, true, "x=1", []string{"K"}, 1, ""},
		{[]string{"https://h/m?apikey=abc&x=1"}, false, "https://h/m?x=1", nil, -1, "abc"},
		{[]string{"$", "/events", "?apikey=", "$", "&status=A"}, false, "B/events?status=A", []string{"B", "K"}, 3, ""},
	}
	for _, tc := range tests {
		ps := parts(tc.in...)
		r, ok := RemoveKeyParam(ps, tc.bare)
		if !ok {
			t.Errorf("RemoveKeyParam(%q) failed", tc.in)
			continue
		}
		if got := render(r.Parts, r.Removed, tc.holes); got != tc.want {
			t.Errorf("RemoveKeyParam(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if r.KeyHole != tc.keyHole || r.Key != tc.key {
			t.Errorf("RemoveKeyParam(%q): key hole %d %q, want %d %q", tc.in, r.KeyHole, r.Key, tc.keyHole, tc.key)
		}
	}
}

func TestRemoveKeyParamRefuses(t *testing.T) {
	for _, in := range [][]string{
		{"$", "?apikey=pre", "$"},               // half constant, half computed
		{"$", "?apikey=", "$", "$"},             // two holes in the value
		{"$", "?apikey=&x=1"},                   // no key at all
		{"$", "?api", "$", "key=", "$"},         // the name is split by a hole
		{"$", "?apikey=", "$", "&apikey=", "$"}, // twice
		{"https://h/m?limit=1"},                 // no parameter
		{"$", "?notapikey=", "$"},
	} {
		if r, ok := RemoveKeyParam(parts(in...), false); ok {
			t.Errorf("RemoveKeyParam(%q) = %+v, want refusal", in, r)
		}
	}
}

// FuzzRemoveKeyParam checks, on any query, that removing the key keeps every
// other parameter, in order, and leaves no key behind.
func FuzzRemoveKeyParam(f *testing.F) {
	f.Add("https://api.whispir.com/messages", "limit=10", "", 0, "K")
	f.Add("/m", "a=1", "b=2", 1, "key-value")
	f.Add("", "", "x=%20y", 2, "k")
	f.Fuzz(func(t *testing.T, prefix, before, after string, where int, key string) {
		if strings.ContainsAny(prefix, "?#&\x00") || strings.ContainsAny(before+after, "#&\x00") ||
			strings.ContainsAny(key, "&#\x00") || key == "" {
			return
		}
		var params []string
		if before != "" {
			params = append(params, before)
		}
		if after != "" {
			params = append(params, after)
		}
		for _, p := range params {
			name, _, _ := strings.Cut(p, "=")
			if IsKeyParam(name) || strings.Contains(strings.ToLower(p), "apikey=") || name == "" {
				return
			}
		}
		i := min(max(where, 0), len(params))
		// Build prefix?p1&apikey=<hole>&p2 with the key as a hole.
		var ps []Part
		text := prefix + "?" + strings.Join(params[:i], "&")
		if i > 0 {
			text += "&"
		}
		ps = append(ps, Part{Text: text + "apikey="}, Part{Hole: true})
		if rest := strings.Join(params[i:], "&"); rest != "" {
			ps = append(ps, Part{Text: "&" + rest})
		}
		r, ok := RemoveKeyParam(ps, false)
		if !ok {
			t.Fatalf("RemoveKeyParam(%v) refused", ps)
		}
		got := render(r.Parts, r.Removed, []string{key})
		if strings.Contains(strings.ToLower(got), "apikey") {
			t.Fatalf("key left in %q", got)
		}
		gotPrefix, gotQuery, _ := strings.Cut(got, "?")
		if gotPrefix != prefix {
			t.Fatalf("prefix %q, want %q", gotPrefix, prefix)
		}
		var gotParams []string
		if gotQuery != "" {
			gotParams = strings.Split(gotQuery, "&")
		}
		if !slices.Equal(gotParams, params) {
			t.Fatalf("params %q, want %q (from %v)", gotParams, params, ps)
		}
		if len(params) == 0 && strings.Contains(got, "?") {
			t.Fatalf("dangling '?' in %q", got)
		}
		if _, err := url.ParseQuery(gotQuery); err == nil && len(params) > 0 && gotQuery == "" {
			t.Fatalf("lost parameters in %q", got)
		}
	})
}
