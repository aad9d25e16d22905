package fixer

import (
	"strings"
)

// A Part is one piece of a string that the program builds at run time: either
// constant text known at compile time, or a hole whose value is computed
// (a variable operand of "+", or a verb of a format string).
type Part struct {
	Text string // the constant text; for a hole, only a label (the verb of a format)
	Hole bool
}

// KeyRemoval describes how to take the API-key query parameter out of a
// string built from parts.
type KeyRemoval struct {
	Parts   []Part // the parts after removal; removed holes are kept but marked in Removed
	Removed []bool // Removed[i]: hole i no longer appears
	Name    string // the parameter's spelling: "apikey", "apiKey", ...
	KeyHole int    // index of the hole that carried the key, or -1
	Key     string // the key, when it was written in the constant text
}

// hole marks a hole in the flattened text; constant text containing it is refused.
const hole = '\x00'

// IsKeyParam reports whether a query-parameter name is Whispir's API key
// parameter ("apikey" in any letter case).
func IsKeyParam(name string) bool { return strings.EqualFold(name, "apikey") }

// FindKeyParam reports whether the constant text of parts contains an
// "apikey=" query parameter ("?apikey=", "&apikey=", or at the very start
// when bareQuery is set, as in url.URL.RawQuery).
func FindKeyParam(parts []Part, bareQuery bool) bool {
	_, _, ok := nextKeyParam(flattenText(parts), 0, bareQuery)
	return ok
}

// RemoveKeyParam removes the API-key query parameter from parts, keeping
// every other parameter and a correct separator: "?apikey=K&limit=10"
// becomes "?limit=10", "?limit=10&apikey=K" becomes "?limit=10" and
// "?apikey=K" disappears. The key must be a single hole or constant text;
// ok is false when there is no such parameter or it cannot be removed safely
// (its value mixes constant text and holes, or a name is split by a hole).
func RemoveKeyParam(parts []Part, bareQuery bool) (r KeyRemoval, ok bool) {
	flat, owner := flatten(parts)
	if flat == "" {
		return r, false
	}
	start, end, found := nextKeyParam(flat, 0, bareQuery)
	if !found {
		return r, false
	}
	nameStart := start
	if flat[start] == '?' || flat[start] == '&' {
		nameStart++
	}
	eq := strings.IndexByte(flat[nameStart:end], '=') + nameStart
	r.Name = flat[nameStart:eq]
	value := flat[eq+1 : end]
	r.KeyHole = -1
	switch {
	case value == string(hole):
		r.KeyHole = owner[eq+1].part
	case value == "" || strings.IndexByte(value, hole) >= 0:
		return r, false // Not safe: no key, or a key that is half constant, half computed.
	default:
		r.Key = value
	}
	// Choose the range to cut so that the separators stay right.
	cutFrom, cutTo := start, end
	if end < len(flat) && flat[end] == '&' {
		switch {
		case flat[start] == '?': // ?apikey=K&x=1 -> ?x=1
			cutFrom, cutTo = start+1, end+1
		case flat[start] != '&': // bare "apikey=K&x=1" -> "x=1"
			cutTo = end + 1
		}
	}
	// A second key parameter in the same string is not handled in one step.
	if _, _, again := nextKeyParam(flat[:cutFrom]+flat[cutTo:], 0, bareQuery); again {
		return r, false
	}
	r.Parts = make([]Part, len(parts))
	r.Removed = make([]bool, len(parts))
	copy(r.Parts, parts)
	texts := make([]strings.Builder, len(parts))
	for i := 0; i < len(flat); i++ {
		o := owner[i]
		if i >= cutFrom && i < cutTo {
			if parts[o.part].Hole {
				r.Removed[o.part] = true
			}
			continue
		}
		if !parts[o.part].Hole {
			texts[o.part].WriteByte(flat[i])
		}
	}
	for i := range r.Parts {
		if !parts[i].Hole {
			r.Parts[i].Text = texts[i].String()
		}
	}
	return r, true
}

type owned struct{ part int }

// flatten joins the parts into one string with a hole byte for each hole and
// records which part each byte came from. Constant text containing a hole
// byte makes the whole string unusable ("").
func flatten(parts []Part) (string, []owned) {
	flat := flattenText(parts)
	if flat == "" {
		return "", nil
	}
	owner := make([]owned, 0, len(flat))
	for i, p := range parts {
		if p.Hole {
			owner = append(owner, owned{i})
			continue
		}
		for range len(p.Text) {
			owner = append(owner, owned{i})
		}
	}
	return flat, owner
}

// flattenText is the string of flatten, built in one allocation (none for
// a single constant part).
func flattenText(parts []Part) string {
	n := 0
	for _, p := range parts {
		if p.Hole {
			n++
			continue
		}
		if strings.IndexByte(p.Text, hole) >= 0 {
			return ""
		}
		n += len(p.Text)
	}
	if len(parts) == 1 && !parts[0].Hole {
		return parts[0].Text
	}
	var b strings.Builder
	b.Grow(n)
	for _, p := range parts {
		if p.Hole {
			b.WriteByte(hole)
		} else {
			b.WriteString(p.Text)
		}
	}
	return b.String()
}

// nextKeyParam finds the first API-key parameter at or after from and returns
// the byte range from its separator (or its name, in a bare query) to the end
// of its value.
func nextKeyParam(flat string, from int, bareQuery bool) (start, end int, ok bool) {
	for i := from; i < len(flat); i++ {
		var nameStart int
		switch {
		case flat[i] == '?' || flat[i] == '&':
			nameStart = i + 1
		case i == 0 && bareQuery:
			nameStart = 0
		default:
			continue
		}
		eq := nameStart
		for eq < len(flat) && flat[eq] != '=' && flat[eq] != '&' && flat[eq] != '#' && flat[eq] != hole {
			eq++
		}
		if eq >= len(flat) || flat[eq] != '=' || !IsKeyParam(flat[nameStart:eq]) {
			continue
		}
		end = eq + 1
		for end < len(flat) && flat[end] != '&' && flat[end] != '#' {
			end++
		}
		return i, end, true
	}
	return 0, 0, false
}
