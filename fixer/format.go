package fixer

import (
	"strings"
	"unicode/utf8"
)

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
		j, ok := verbAt(format, i+1)
		if !ok {
			return nil, false
		}
		if format[j] == '%' {
			// "%5%" prints a percent sign and consumes no argument.
			text.WriteString(format[i : j+1])
			i = j
			continue
		}
		if text.Len() > 0 {
			parts = append(parts, Part{Text: text.String()})
			text.Reset()
		}
		_, size := utf8.DecodeRuneInString(format[j:]) // the verb is a rune
		parts = append(parts, Part{Hole: true, Text: format[i : j+size]})
		i = j + size - 1
	}
	if text.Len() > 0 {
		parts = append(parts, Part{Text: text.String()})
	}
	return parts, true
}

// verbAt returns the index of the verb of the directive whose flags start
// at format[i], following fmt's grammar: flags, width, then an optional
// precision. ok is false when the verb is missing, when the directive uses
// an argument index or a '*', or when a number is too large for fmt.
func verbAt(format string, i int) (j int, ok bool) {
	for i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0 {
		i++
	}
	digits := func() bool {
		start := i
		for i < len(format) && '0' <= format[i] && format[i] <= '9' {
			i++
		}
		return i-start <= 6 // fmt rejects numbers of 1e6 and more
	}
	if !digits() {
		return 0, false
	}
	if i < len(format) && format[i] == '.' {
		i++
		if !digits() {
			return 0, false
		}
	}
	if i >= len(format) || format[i] == '[' || format[i] == '*' {
		return 0, false
	}
	return i, true
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
