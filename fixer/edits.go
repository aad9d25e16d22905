package fixer

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// ReplaceNode replaces the text of n.
func ReplaceNode(n ast.Node, text string) analysis.TextEdit {
	return analysis.TextEdit{Pos: n.Pos(), End: n.End(), NewText: []byte(text)}
}

// DeleteRange deletes the text in [from, to).
func DeleteRange(from, to token.Pos) analysis.TextEdit {
	return analysis.TextEdit{Pos: from, End: to}
}

// InsertBefore inserts text at pos.
func InsertBefore(pos token.Pos, text string) analysis.TextEdit {
	return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(text)}
}

// QuoteLike returns s as a Go string literal in the style of the literal
// old: a raw literal stays raw when s can be written raw, otherwise the
// result is an interpreted literal.
func QuoteLike(old, s string) string {
	if strings.HasPrefix(old, "`") && strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// LineIndent returns the white space that starts the line holding offset in src.
func LineIndent(src []byte, offset int) string {
	start := offset
	for start > 0 && src[start-1] != '\n' {
		start--
	}
	end := start
	for end < len(src) && (src[end] == ' ' || src[end] == '\t') {
		end++
	}
	return string(src[start:end])
}
