package main

import (
	"go/token"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// sources turns Go positions into SARIF locations: URIs relative to a base
// directory, and columns counted in UTF-16 code units, which needs the text
// of the line before each position.
type sources struct {
	base     string
	readFile func(string) ([]byte, error)
	files    map[string][]byte // nil for a file that could not be read
	mask     func(string) string
	isConfig func(name string) bool // configuration files: their lines are masked by name too
}

func newSources(base string) *sources {
	return &sources{base: base, readFile: os.ReadFile, files: make(map[string][]byte), mask: func(s string) string { return s }, isConfig: func(string) bool { return false }}
}

// baseURI is the file URI of the base directory, with the trailing slash
// SARIF requires of a uriBaseId.
func (src *sources) baseURI() string {
	return fileURI(src.base) + "/"
}

func (src *sources) location(pos, end token.Position) sarifPhysicalLocation {
	return sarifPhysicalLocation{ArtifactLocation: src.artifact(pos.Filename), Region: src.region(pos, end)}
}

// artifact locates filename relative to the base directory when it is
// inside it, by absolute file URI otherwise.
func (src *sources) artifact(filename string) sarifArtifactLocation {
	if rel, ok := relativeTo(src.base, filename); ok {
		return sarifArtifactLocation{URI: (&url.URL{Path: filepath.ToSlash(rel)}).String(), URIBaseID: srcRoot}
	}
	return sarifArtifactLocation{URI: fileURI(filename)}
}

func relativeTo(base, filename string) (string, bool) {
	if rel, ok := relativeInside(base, filename); ok {
		return rel, true
	}
	// The go command may have reported the path through a symbolic link
	// that the current directory does not use, or the other way round.
	b, err1 := filepath.EvalSymlinks(base)
	f, err2 := filepath.EvalSymlinks(filename)
	if err1 != nil || err2 != nil {
		return "", false
	}
	return relativeInside(b, f)
}

func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive: file:///C:/...
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// region converts [pos, end) to a SARIF region; an invalid end gives a
// region without end fields.
func (src *sources) region(pos, end token.Position) sarifRegion {
	r := sarifRegion{StartLine: pos.Line, StartColumn: src.column(pos)}
	if end.IsValid() {
		r.EndLine, r.EndColumn = end.Line, src.column(end)
	}
	return r
}

// column converts the 1-based byte column of p to a 1-based column in
// UTF-16 code units. If the file cannot be read the byte column is kept:
// it is the same for ASCII text.
func (src *sources) column(p token.Position) int {
	content := src.file(p.Filename)
	lineStart := p.Offset - (p.Column - 1)
	if content == nil || lineStart < 0 || p.Offset > len(content) {
		return p.Column
	}
	return utf16Len(content[lineStart:p.Offset]) + 1
}

func (src *sources) file(name string) []byte {
	content, ok := src.files[name]
	if !ok {
		content, _ = src.readFile(name)
		src.files[name] = content
	}
	return content
}

// utf16Len is the length of b in UTF-16 code units; each byte of invalid
// UTF-8 counts as one unit, as it does when decoded to U+FFFD.
func utf16Len(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		n += max(utf16.RuneLen(r), 1)
		b = b[size:]
	}
	return n
}
