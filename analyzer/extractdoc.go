package analyzer

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// extractDoc returns the "# Analyzer NAME" section of the package comment of
// a doc.go file, without its "NAME:" prefix: the form Analyzer.Doc expects.
// (Copied in spirit from x/tools' internal analyzerutil.ExtractDoc.)
func extractDoc(content, name string) (string, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		return "", fmt.Errorf("doc.go: %v", err)
	}
	if f.Doc == nil {
		return "", fmt.Errorf("doc.go has no package comment")
	}
	for section := range strings.SplitSeq(f.Doc.Text(), "\n# ") {
		body, ok := strings.CutPrefix(section, "Analyzer "+name+"\n")
		if !ok {
			continue
		}
		rest, ok := strings.CutPrefix(strings.TrimSpace(body), name+":")
		if !ok {
			return "", fmt.Errorf("doc.go: heading 'Analyzer %s' is not followed by '%s: summary'", name, name)
		}
		return strings.TrimSpace(rest), nil
	}
	return "", fmt.Errorf("doc.go has no 'Analyzer %s' section", name)
}
