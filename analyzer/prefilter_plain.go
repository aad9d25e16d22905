package analyzer

import (
	"bytes"
	"go/scanner"
	"go/token"
	"strconv"
	"strings"
)

// Most files of a large program hold nothing ScanFile looks for: no
// constant declaration, no hint word, no directive. Scanning their tokens
// costs more than everything else the driver does before type-checking, so
// a few searches of their bytes first tell whether any of it can be there;
// if none can, only their imports are scanned as tokens, and the names
// after a dot are read from the bytes (a few more, from comments and
// strings, only make MayReport answer true more often).

// plainFile reports whether src can hold nothing of a FileScan but its
// imports and the names after a dot: every test errs towards false.
func plainFile(src []byte) bool {
	return !bytes.Contains(src, []byte("const")) && // no constant declaration
		!bytes.Contains(src, []byte("//nolint")) && // no directive (//whispirlint: holds a hint word)
		bytes.IndexByte(src, '\r') < 0 && // no raw string that loses a \r when unquoted
		!escapesLetters(src) &&
		!hintWordIn(src) &&
		!declaresNumeric(src)
}

// escapesLetters reports whether src has a backslash that may start an
// escape giving a letter or a space (\x77, \u0077, \167): only those can
// make a hint word in a literal's value that its text does not hold.
func escapesLetters(src []byte) bool {
	for i := bytes.IndexByte(src, '\\'); i >= 0 && i+1 < len(src); {
		switch c := src[i+1]; {
		case c == 'x', c == 'u', c == 'U', '0' <= c && c <= '7':
			return true
		}
		j := bytes.IndexByte(src[i+1:], '\\')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// hintWordIn reports whether src holds a hint word (hintWords, in any
// ASCII letter case) anywhere: in a literal, an identifier or a comment.
func hintWordIn(src []byte) bool { return hintWordSet.in(src) }

var hintWordSet = func() *wordSet {
	var words []string
	for _, w := range hintWords {
		words = append(words, w.word)
	}
	return newWordSet(words...)
}()

// A wordSet finds lower-case ASCII words, in any ASCII letter case, in
// bytes, in one pass that stops only at the bytes of their rarest letters
// (most bytes of a Go file are none of those).
type wordSet struct {
	anchor [256]bool           // the bytes, in either case, of the words' anchors
	at     [256][]anchoredWord // the words by the byte of their anchor
}

// An anchoredWord is a word and the offset of its anchor in it.
type anchoredWord struct {
	word string
	off  int
	bit  uint64 // 1 << its index in newWordSet's words
}

// rarity orders the bytes of words from the rarest in Go source.
const rarity = "qjzxkwvbyghfmdpulcnrisotae -"

func newWordSet(words ...string) *wordSet {
	s := new(wordSet)
	for k, w := range words {
		off := 0
		for i := range len(w) {
			if r := strings.IndexByte(rarity, w[i]); r >= 0 && r < strings.IndexByte(rarity, w[off]) {
				off = i
			}
		}
		c := w[off]
		s.at[c] = append(s.at[c], anchoredWord{w, off, 1 << k})
		s.anchor[c] = true
		if 'a' <= c && c <= 'z' {
			s.at[c-'a'+'A'] = s.at[c]
			s.anchor[c-'a'+'A'] = true
		}
	}
	return s
}

// in reports whether b holds one of the words.
func (s *wordSet) in(b []byte) bool { return s.find(b, 1) != 0 }

// find returns the words b holds, as bits (1 << a word's index in
// newWordSet's words), once it has found enough of them or all.
func (s *wordSet) find(b []byte, enough int) (found uint64) {
	n := 0
	for i, c := range b {
		if !s.anchor[c] {
			continue
		}
		for _, w := range s.at[c] {
			if found&w.bit == 0 && i >= w.off && hasFoldPrefix(b[i-w.off:], w.word) {
				found |= w.bit
				if n++; n >= enough {
					return found
				}
			}
		}
	}
	return found
}

// hasFoldPrefix reports whether b starts with the lower-case ASCII word w
// in any ASCII letter case.
func hasFoldPrefix(b []byte, w string) bool {
	if len(b) < len(w) {
		return false
	}
	for j := 0; j < len(w); j++ {
		c := b[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[j] {
			return false
		}
	}
	return true
}

// declaresNumeric reports whether src may declare a type or function
// named as a predeclared numeric one (type byte string, func len): the
// word after a type or func keyword, past blanks, is one, or is a comment
// or a type ( ... ) block, where scanTokens reads the names one by one.
func declaresNumeric(src []byte) bool {
	for _, kw := range []string{"type", "func"} {
		for i := 0; ; {
			j := bytes.Index(src[i:], []byte(kw))
			if j < 0 {
				break
			}
			i += j + len(kw)
			if start := i - len(kw); start > 0 && isIdentByte(src[start-1]) || i < len(src) && isIdentByte(src[i]) {
				continue // part of a longer word
			}
			k := i
			for k < len(src) && (src[k] == ' ' || src[k] == '\t' || src[k] == '\n') {
				k++
			}
			if k < len(src) && (src[k] == '/' || kw == "type" && src[k] == '(') {
				return true
			}
			e := k
			for e < len(src) && isIdentByte(src[e]) {
				e++
			}
			if numericTypes[string(src[k:e])] {
				return true
			}
		}
	}
	return false
}

// isIdentByte reports whether c may be part of an identifier (any byte of
// a multi-byte UTF-8 letter included).
func isIdentByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c >= 0x80
}

// scanPlain scans a file for which plainFile holds: its imports, from the
// tokens up to its first declaration, and the names after a dot, from its
// bytes.
func scanPlain(src []byte) (FileScan, error) {
	var fs FileScan
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(src))
	var errs scanner.ErrorList
	var s scanner.Scanner
	s.Init(file, src, func(pos token.Position, msg string) { errs.Add(pos, msg) }, 0)
	imports := false
	var prev token.Token
	var prevLit string
header:
	for {
		_, tok, lit := s.Scan()
		switch tok {
		case token.EOF, token.FUNC, token.TYPE, token.VAR:
			break header
		case token.IMPORT:
			imports = true
		case token.STRING:
			if imports {
				path, _ := strconv.Unquote(lit)
				name := ""
				switch prev {
				case token.PERIOD:
					name = "." // import . "path"
				case token.IDENT:
					name = prevLit
				}
				fs.imports = append(fs.imports, fileImport{name, path})
			}
		}
		prev, prevLit = tok, lit
	}
	fs.selectors = namesAfterDot(src)
	fs.typeNames = typeNamesIn(src)
	return fs, errs.Err()
}

// namesAfterDot returns the words that follow a dot in src, past blanks
// and comments, but for those that start with a lower-case ASCII letter or
// _: every exported name a selector x.Name may use, and some more.
func namesAfterDot(src []byte) map[string]bool {
	var names map[string]bool
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '.')
		if j < 0 {
			return names
		}
		i += j + 1
		k := skipBlanks(src, i)
		e := k
		for e < len(src) && isIdentByte(src[e]) {
			e++
		}
		if e == k || '0' <= src[k] && src[k] <= '9' {
			continue // not a name: 1.5, ..., x.(T)
		}
		if 'a' <= src[k] && src[k] <= 'z' || src[k] == '_' {
			continue // not exported: no constant of an import
		}
		if names == nil {
			names = make(map[string]bool)
		}
		if !names[string(src[k:e])] { // a lookup copies nothing
			names[string(src[k:e])] = true
		}
	}
}

// skipBlanks returns the offset of the first byte at or after i that is
// not a space, tab, newline or part of a comment.
func skipBlanks(src []byte, i int) int {
	for i < len(src) {
		switch {
		case src[i] == ' ' || src[i] == '\t' || src[i] == '\n':
			i++
		case bytes.HasPrefix(src[i:], []byte("//")):
			j := bytes.IndexByte(src[i:], '\n')
			if j < 0 {
				return len(src)
			}
			i += j
		case bytes.HasPrefix(src[i:], []byte("/*")):
			j := bytes.Index(src[i+2:], []byte("*/"))
			if j < 0 {
				return len(src)
			}
			i += 2 + j + 2
		default:
			return i
		}
	}
	return i
}

// typeNamesIn returns the words that follow the word type in src, past
// blanks: the names of its type declarations (outside a type ( ... )
// block, which keeps a file off the plain path), and some more.
func typeNamesIn(src []byte) []string {
	var names []string
	for i := 0; ; {
		j := bytes.Index(src[i:], []byte("type"))
		if j < 0 {
			return names
		}
		i += j + len("type")
		if start := i - len("type"); start > 0 && isIdentByte(src[start-1]) || i < len(src) && isIdentByte(src[i]) {
			continue
		}
		k := skipBlanks(src, i)
		e := k
		for e < len(src) && isIdentByte(src[e]) {
			e++
		}
		if e > k {
			names = append(names, string(src[k:e]))
		}
	}
}
