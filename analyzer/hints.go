package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/whispirlint/whispirlint/fixer"
)

// hints are what the fast path of every rule looks for in a file before
// any deeper work: words in its string literals, in the string constants it
// uses, and in its identifiers. A file without the hint of a rule cannot
// hold a finding of that rule.
type hints uint8

const (
	hintWhispir    hints = 1 << iota // "whispir" or an apikey parameter (WL01, WL02)
	hintCredential                   // Basic, App, IBSSO, x-api-key, EncodeToString, SetBasicAuth with a constant password (WL11, WL12)
	hintPeer                         // infobip or sinch (WL21, WL22)
)

// hintWords are the words (lower case, matched in any ASCII letter case)
// that give a string its hints: those of fixer.MentionsWhispir,
// fixer.MentionsKeyParam, mentionsCredential and fixer.MentionsPeer.
var hintWords = []struct {
	word string
	hint hints
}{
	{"whispir", hintWhispir}, {"apikey", hintWhispir},
	{"basic", hintCredential}, {"app ", hintCredential}, {"ibsso", hintCredential},
	{"x-api-key", hintCredential}, {"setbasicauth", hintCredential}, {"encodetostring", hintCredential},
	{"infobip", hintPeer}, {"sinch", hintPeer},
}

// hintStart marks the bytes, in both cases, that start a hint word.
var hintStart = func() (t [256]bool) {
	for _, w := range hintWords {
		c := w.word[0]
		t[c] = true
		if 'a' <= c && c <= 'z' {
			t[c-'a'+'A'] = true
		}
	}
	return t
}()

// stringHints returns the hints of a string value, in one pass over it:
// most literals hold no byte that starts a word.
func stringHints(v string) hints {
	var h hints
	for i := 0; i < len(v); i++ {
		if !hintStart[v[i]] {
			continue
		}
		for _, w := range hintWords {
			if h&w.hint == 0 && fixer.HasFoldPrefix(v[i:], w.word) {
				h |= w.hint
			}
		}
	}
	return h
}

// literalHints returns the hints of a string literal as written: its
// value, quotes aside, unless escapes or a raw \r change it. (The same
// words are in the literal's text and in its value: quotes hold none.)
func literalHints(lit string) hints {
	if strings.ContainsAny(lit, "\\\r") {
		v, err := strconv.Unquote(lit)
		if err != nil {
			return stringHints(lit)
		}
		lit = v
	}
	return stringHints(lit)
}

// identHints returns the hints an identifier gives its file. (A call of
// SetBasicAuth gives one only with a constant password: see basicAuthHints.)
func identHints(name string) hints {
	switch {
	case name == "EncodeToString":
		return hintCredential
	case fixer.MentionsWhispir(name):
		return hintWhispir
	}
	return 0
}

// fileHints returns the hints of every file of the package, computed once
// per pass: one walk over the string literals and identifiers of each file,
// and one over the package's uses of string constants (declared anywhere),
// rather than a type lookup per identifier.
func (p *passState) fileHints() map[*token.File]hints {
	if p.hints != nil {
		return p.hints
	}
	p.hints = make(map[*token.File]hints)
	for id, obj := range p.pass.TypesInfo.Uses {
		if c, ok := obj.(*types.Const); ok {
			if v, ok := constantString(c.Val()); ok {
				if h := stringHints(v); h != 0 {
					p.hints[p.pass.Fset.File(id.Pos())] |= h
				}
			}
		}
	}
	for _, f := range p.pass.Files {
		tf := p.pass.Fset.File(f.FileStart)
		var h hints
		// A plain walk, not the inspector: a package without a hint is
		// done without building one.
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BasicLit:
				if n.Kind != token.STRING {
					return false
				}
				h |= literalHints(n.Value)
			case *ast.Ident:
				h |= identHints(n.Name)
			case *ast.CallExpr:
				h |= p.basicAuthHints(n)
			}
			return h != hintWhispir|hintCredential|hintPeer
		})
		p.hints[tf] |= h
	}
	return p.hints
}

// basicAuthHints returns the hints of a call x.SetBasicAuth(user,
// password): a credential hint where WL11 may report it, with a constant
// password (see checkSetBasicAuth), wherever the constant is declared.
func (p *passState) basicAuthHints(call *ast.CallExpr) hints {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "SetBasicAuth" || len(call.Args) != 2 {
		return 0
	}
	if _, ok := p.stringValue(call.Args[1]); ok {
		return hintCredential
	}
	return 0
}

// filesWith returns the files of the package that have hint h.
func (p *passState) filesWith(h hints) []inspector.Cursor {
	var files []inspector.Cursor
	if !p.anyFileWith(h) {
		return nil // no inspector for a package where the rule has nothing to find
	}
	for fc := range p.inspector().Root().Children() {
		if p.hasHint(fc, h) {
			files = append(files, fc)
		}
	}
	return files
}

// anyFileWith reports whether some file of the package has hint h.
func (p *passState) anyFileWith(h hints) bool {
	for _, fh := range p.fileHints() {
		if fh&h != 0 {
			return true
		}
	}
	return false
}

// hasHint reports whether the file at cursor fc has hint h.
func (p *passState) hasHint(fc inspector.Cursor, h hints) bool {
	return p.fileHints()[p.pass.Fset.File(fc.Node().Pos())]&h != 0
}

// anyHint reports whether some file of the package has a hint: a package
// without any is done before any other work.
func (p *passState) anyHint() bool {
	for _, h := range p.fileHints() {
		if h != 0 {
			return true
		}
	}
	return false
}
