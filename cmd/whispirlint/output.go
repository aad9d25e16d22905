package main

// This file prints a report as text (with -c source lines) and as JSON
// (the format of every go/analysis driver, which go vet parses), with the
// credentials that secret findings point at masked: see docs/credentials.md.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/astutil"

	"github.com/whispirlint/whispirlint/analyzer"
)

// writeText prints each finding as file:line:col: message, file names
// relative to dir where they are inside it, followed with contextLines >= 0
// by its source lines. It returns the number of findings.
func writeText(w io.Writer, r *report, contextLines int, dir string, m *masker) int {
	var b bytes.Buffer
	show := func(posn token.Position, pos, end token.Position, message string) {
		shown := posn
		shown.Filename = displayPath(dir, posn.Filename)
		b.WriteString(m.maskText(fmt.Sprintf("%s: %s\n", shown, message)))
		if contextLines < 0 || !pos.IsValid() {
			return
		}
		if !end.IsValid() {
			end = pos
		}
		data, _ := os.ReadFile(pos.Filename)
		lines := strings.Split(string(data), "\n")
		for i := pos.Line - contextLines; i <= end.Line+contextLines; i++ {
			if 1 <= i && i <= len(lines) {
				line := lines[i-1]
				if r.isConfig(pos.Filename) {
					// Values only, as in diffs: found credentials and
					// secret shapes, never names (see docs/credentials.md).
					line = m.maskDiffLine(line)
				} else {
					line = m.maskText(line)
				}
				fmt.Fprintf(&b, "%d\t%s\n", i, line)
			}
		}
	}
	for _, f := range r.findings {
		show(f.posn, f.pos, f.end, f.message)
		for _, rel := range f.related {
			show(rel.posn, rel.pos, rel.end, "\t"+rel.message)
		}
	}
	io.WriteString(w, b.String())
	return len(r.findings)
}

// The JSON output: {package ID: {analyzer name: [diagnostic]}}, the shape
// of x/tools' driverutil.JSONTree, which go vet reads back.
type (
	jsonDiagnostic struct {
		Category       string             `json:"category,omitempty"`
		Posn           string             `json:"posn"`
		End            string             `json:"end"`
		Message        string             `json:"message"`
		SuggestedFixes []jsonSuggestedFix `json:"suggested_fixes,omitempty"`
		Related        []jsonRelated      `json:"related,omitempty"`
	}
	jsonSuggestedFix struct {
		Message string         `json:"message"`
		Edits   []jsonTextEdit `json:"edits"`
	}
	jsonTextEdit struct {
		Filename string `json:"filename"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		New      string `json:"new"`
	}
	jsonError struct {
		Err string `json:"error"`
	}
	jsonRelated struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	}
)

// writeJSON prints the report as JSON with credentials masked in every
// string, and returns the number of findings.
func writeJSON(w io.Writer, r *report, name string, m *masker) int {
	tree := make(map[string]map[string]any)
	diags := make(map[string][]jsonDiagnostic)
	for _, f := range r.findings {
		d := jsonDiagnostic{
			Category: f.rule,
			Posn:     f.posn.String(),
			End:      endPosn(f.posn, f.pos, f.end).String(),
			Message:  f.message,
		}
		if f.fix != nil {
			jf := jsonSuggestedFix{Message: f.fix.message}
			for _, e := range f.fix.edits {
				jf.Edits = append(jf.Edits, jsonTextEdit{e.pos.Filename, e.pos.Offset, e.end.Offset, e.newText})
			}
			d.SuggestedFixes = []jsonSuggestedFix{jf}
		}
		for _, rel := range f.related {
			d.Related = append(d.Related, jsonRelated{rel.posn.String(), endPosn(rel.posn, rel.pos, rel.end).String(), rel.message})
		}
		diags[f.pkgID] = append(diags[f.pkgID], d)
	}
	for id, list := range diags {
		tree[id] = map[string]any{name: list}
	}
	for _, b := range r.broken {
		// As go vet's JSON: the package's entry holds the error instead.
		tree[b.id] = map[string]any{name: jsonError{strings.Join(b.errors, "\n")}}
	}
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		panic(err) // plain structs always marshal
	}
	fmt.Fprintf(w, "%s\n", m.maskJSON(string(data)))
	return len(r.findings)
}

// endPosn is the shown end of a finding: its end moved by as many columns
// and lines as the //line-free positions say, or its start.
func endPosn(posn, pos, end token.Position) token.Position {
	if !end.IsValid() || !pos.IsValid() {
		return posn
	}
	e := posn
	e.Offset += end.Offset - pos.Offset
	if end.Line == pos.Line {
		e.Column += end.Column - pos.Column
	} else {
		e.Line += end.Line - pos.Line
		e.Column = end.Column
	}
	return e
}

// reportMasker returns the masker for r: it knows the credentials that the
// secret findings (suppressed ones included) point at, read from the files
// on disk.
func reportMasker(r *report) *masker {
	var spans []secretSpan
	for _, f := range append(slices.Clone(r.findings), r.suppressed...) { // a suppressed credential is one too
		if slices.Contains(analyzer.SecretRules, f.rule) && f.end.IsValid() {
			spans = append(spans, r.secretSpan(f))
		}
	}
	return newMasker(spans, os.ReadFile)
}

// secretSpan is where the credentials of a secret finding are written:
// the finding's own span, or, for a format string (the first of several
// arguments: fmt.Sprintf(".../query?username=%s&password=%s", user, pass)),
// the arguments of the call too.
func (r *report) secretSpan(f finding) secretSpan {
	span := secretSpan{File: f.pos.Filename, Offset: f.pos.Offset, End: f.end.Offset}
	info := r.files[f.pos.Filename]
	if info == nil {
		return span
	}
	tf := info.fset.File(info.syntax.FileStart)
	if f.end.Offset > tf.Size() {
		return span
	}
	start, end := tf.Pos(f.pos.Offset), tf.Pos(f.end.Offset)
	span.Consts = constStrings(info, start, end)
	path, _ := astutil.PathEnclosingInterval(info.syntax, start, end)
	for i, n := range path {
		call, ok := n.(*ast.CallExpr)
		if !ok || i == 0 {
			continue
		}
		if len(call.Args) > 1 && path[i-1] == call.Args[0] {
			// Have: a format whose verbs stand for the credentials.
			span.Offset, span.End = tf.Offset(call.Lparen), tf.Offset(call.Rparen)
			span.Format = true
		}
		break
	}
	return span
}

// constStrings returns the values of the largest string constant
// expressions within [start, end): a credential folded from constants
// ("...?apikey=" + keyPart1 + keyPart2) is written in no literal of the span.
func constStrings(info *fileInfo, start, end token.Pos) []string {
	if info.info == nil {
		return nil
	}
	var values []string
	ast.Inspect(info.syntax, func(n ast.Node) bool {
		if n == nil || n.End() <= start || n.Pos() >= end {
			return false
		}
		e, ok := n.(ast.Expr)
		if !ok || n.Pos() < start || n.End() > end {
			return true
		}
		if tv, ok := info.info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			values = append(values, constant.StringVal(tv.Value))
			return false
		}
		return true
	})
	return values
}

// displayPath is name relative to dir when it is inside dir.
func displayPath(dir, name string) string {
	if rel, ok := relativeInside(dir, name); ok && dir != "" {
		return rel
	}
	return name
}

// relativeInside is filename relative to base, when it is inside base.
func relativeInside(base, filename string) (string, bool) {
	rel, err := filepath.Rel(base, filename)
	if err != nil || !filepath.IsLocal(rel) {
		return "", false
	}
	return rel, true
}
