package fixer

import (
	"bytes"
	"strings"
)

// LineEnding returns the line ending of src: "\r\n" when most of its lines
// end with one (a Windows checkout: Git for Windows' default), else "\n".
func LineEnding(src []byte) string {
	lines := bytes.Count(src, []byte("\n"))
	crlf := bytes.Count(src, []byte("\r\n"))
	if crlf > 0 && 2*crlf > lines {
		return "\r\n"
	}
	return "\n"
}

// WithLineEnding returns text with every line ending written as eol:
// inserted lines read as the lines around them.
func WithLineEnding(text, eol string) string {
	if eol == "\n" || !strings.Contains(text, "\n") {
		return text
	}
	return strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\n", eol)
}

// LineEnd returns the offset of the end of the line holding offset in src:
// the offset of its "\n", or of the "\r" of its "\r\n", or len(src).
func LineEnd(src []byte, offset int) int {
	i := offset
	for i < len(src) && src[i] != '\n' {
		i++
	}
	if i > offset && i < len(src) && src[i-1] == '\r' {
		i--
	}
	return i
}

// NextLine returns the offset of the start of the line after the one
// holding offset in src, or len(src).
func NextLine(src []byte, offset int) int {
	i := offset
	for i < len(src) && src[i] != '\n' {
		i++
	}
	return min(i+1, len(src))
}
