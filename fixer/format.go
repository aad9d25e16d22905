package fixer

import "strings"

// ParseFormat splits a printf-style format string into parts: constant text
// (kept exactly as written, "%%" included) and one hole per verb. Hole i
// consumes argument i. ok is false for formats whose verbs do not map one to
// one onto arguments (explicit indexes like %[2]s, or '*' widths).
func ParseFormat(format string) (parts []Part, ok bool) {
	var text strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			text.WriteByte(c)
			continue
		}
		if i+1 < len(format) && format[i+1] == '%' {
			text.WriteString("%%")
			i++
			continue
		}
		j := i + 1
		for j < len(format) && strings.IndexByte("+-# 0123456789.", format[j]) >= 0 {
			j++
		}
		if j >= len(format) || format[j] == '[' || format[j] == '*' {
			return nil, false
		}
		if text.Len() > 0 {
			parts = append(parts, Part{Text: text.String()})
			text.Reset()
		}
		parts = append(parts, Part{Hole: true, Text: format[i : j+1]})
		i = j
	}
	if text.Len() > 0 {
		parts = append(parts, Part{Text: text.String()})
	}
	return parts, true
}

// JoinFormat is the inverse of ParseFormat: it rebuilds a format string from
// parts, leaving out the holes marked removed.
func JoinFormat(parts []Part, removed []bool) string {
	var b strings.Builder
	for i, p := range parts {
		if p.Hole && removed != nil && removed[i] {
			continue
		}
		b.WriteString(p.Text)
	}
	return b.String()
}
