package fixer

import (
	"bytes"
	"go/format"
	"strings"
)

// FormatExpr gofmt-formats the expression text as it would stand at a place
// whose line is indented with indent: lines after the first get indent.
// A fix that removes one entry of an aligned literal uses it, since the
// others' alignment may change with it.
func FormatExpr(text, indent string) (string, error) {
	const prefix = "package p\n\nvar _ = "
	out, err := format.Source([]byte(prefix + text + "\n"))
	if err != nil {
		return "", err
	}
	expr := strings.TrimSuffix(string(bytes.TrimPrefix(out, []byte(prefix))), "\n")
	return strings.ReplaceAll(expr, "\n", "\n"+indent), nil
}
