package repocheck

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// root is the repository root, relative to this package.
const root = "../.."

// docFiles are the Markdown files a user or contributor reads, relative
// to the root: the README, CONTRIBUTING.md, SECURITY.md, CHANGELOG.md and
// every page of docs/.
func docFiles(t *testing.T) []string {
	t.Helper()
	files := []string{"README.md", "CONTRIBUTING.md", "SECURITY.md", "CHANGELOG.md"}
	pages, err := filepath.Glob(filepath.Join(root, "docs", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		files = append(files, "docs/"+filepath.Base(p))
	}
	if len(pages) == 0 {
		t.Fatal("no docs/*.md")
	}
	return files
}

func readRoot(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// A block is a fenced code block of a Markdown file.
type block struct {
	file string // relative to the root
	line int    // of the opening fence, 1-based
	lang string // the info string's first word: sh, yaml, go, ...
	text string
}

func (b block) String() string { return b.file + ":" + strconv.Itoa(b.line) }

// codeBlocks returns the fenced code blocks of a Markdown file.
func codeBlocks(file, md string) []block {
	var (
		blocks []block
		cur    *block
		body   []string
	)
	for i, line := range strings.Split(md, "\n") {
		if !strings.HasPrefix(line, "```") {
			if cur != nil {
				body = append(body, line)
			}
			continue
		}
		if cur == nil {
			lang, _, _ := strings.Cut(strings.TrimPrefix(line, "```"), " ")
			cur = &block{file: file, line: i + 1, lang: lang}
			body = nil
			continue
		}
		cur.text = strings.Join(body, "\n") + "\n"
		blocks = append(blocks, *cur)
		cur = nil
	}
	return blocks
}

// outsideCode returns md with its fenced code blocks and code spans
// blanked, for finding links and headings.
func outsideCode(md string) string {
	var b strings.Builder
	in := false
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "```") {
			in = !in
			b.WriteString("\n")
			continue
		}
		if !in {
			b.WriteString(codeSpan.ReplaceAllString(line, "``"))
		}
		b.WriteString("\n")
	}
	return b.String()
}

var (
	codeSpan = regexp.MustCompile("`[^`]*`")
	heading  = regexp.MustCompile(`^#{1,6} +(.+?) *$`)
	idAnchor = regexp.MustCompile(`<a id="([^"]+)"></a>`)
	mdLink   = regexp.MustCompile(`\]\(([^)\s]+)\)`)
)

// anchors returns the link targets a Markdown file defines: GitHub's
// heading slugs (lower case, punctuation dropped, spaces to hyphens, a
// counter for repeated slugs) and <a id> elements.
func anchors(md string) []string {
	var ids []string
	seen := map[string]int{}
	in := false
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "```") {
			in = !in
			continue
		}
		m := heading.FindStringSubmatch(line)
		if in || m == nil {
			continue
		}
		slug := githubSlug(m[1])
		if n := seen[slug]; n > 0 {
			ids = append(ids, slug+"-"+strconv.Itoa(n))
		} else {
			ids = append(ids, slug)
		}
		seen[slug]++
	}
	for _, m := range idAnchor.FindAllStringSubmatch(md, -1) {
		ids = append(ids, m[1])
	}
	return ids
}

func githubSlug(h string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(h) {
		switch {
		case r == ' ':
			b.WriteRune('-')
		case r == '-' || r == '_' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && r != '❌' && r != '✅':
			b.WriteRune(r)
		}
	}
	return b.String()
}

// TestLinks checks every relative link of the docs: the file exists and,
// with a #fragment, the fragment is a heading or an <a id> of the target.
func TestLinks(t *testing.T) {
	for _, file := range docFiles(t) {
		md := readRoot(t, file)
		for _, m := range mdLink.FindAllStringSubmatch(outsideCode(md), -1) {
			link := m[1]
			if strings.Contains(link, "://") || strings.HasPrefix(link, "mailto:") {
				continue
			}
			path, frag, _ := strings.Cut(link, "#")
			target := file
			if path != "" {
				target = filepath.ToSlash(filepath.Join(filepath.Dir(file), path))
			}
			info, err := os.Stat(filepath.Join(root, filepath.FromSlash(target)))
			if err != nil {
				t.Errorf("%s: link %s: %v", file, link, err)
				continue
			}
			if frag == "" {
				continue
			}
			if info.IsDir() || !strings.HasSuffix(target, ".md") {
				t.Errorf("%s: link %s: a fragment on a file that is not Markdown", file, link)
				continue
			}
			if ids := anchors(readRoot(t, target)); !slices.Contains(ids, frag) {
				t.Errorf("%s: link %s: %s has no anchor %q (it has %q)", file, link, target, frag, ids)
			}
		}
	}
}

// TestNoStaleReferences checks that nothing names the files the docs were
// moved from.
func TestNoStaleReferences(t *testing.T) {
	stale := []string{"EXITCODES.md", "SECRETS.md", "PERFORMANCE.md", "README.md#rules", "whispirlint#rules"}
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); name == ".git" || name == "testdata" && path != root {
				return filepath.SkipDir
			}
			return nil
		}
		switch filepath.Ext(path) {
		case ".go", ".md", ".sh", ".yml", ".yaml", "":
		default:
			return nil
		}
		if strings.HasSuffix(path, "markdown_test.go") {
			return nil // this list
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, s := range stale {
			if strings.Contains(string(data), s) {
				t.Errorf("%s names %s, which is gone", path, s)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
