// Package configscan finds the retired Whispir API in the text files of a
// module that are not Go: .env files, YAML (Kubernetes manifests, Helm
// values, docker-compose), JSON, TOML, .properties, Dockerfiles, Terraform,
// shell scripts, and any file embedded with //go:embed, whatever its
// extension (ScanFiles: the driver passes the embedded files of the
// packages it analyzes). The analyzer never sees these files:
// go/analysis drivers give it Go files only.
//
// It reports what the analyzer reports for a Go string, with the same rule
// IDs: WL01 for a retired host, with a fix that rewrites the host (and an
// http scheme) when a region is given; WL02 for an apikey query parameter on
// a Whispir URL, report only, since a configuration file cannot send a
// header. A fix replaces the bytes of the URL's scheme and host and nothing
// else: quoting, comments, CRLF line endings and a byte order mark stay.
//
// Nothing here depends on an analysis.Pass; the command wires it in.
package configscan

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"
)

// DefaultMaxSize is the size above which a file is not read: configuration
// is small, and a large file is data or a build output.
const DefaultMaxSize = 1 << 20

// Options configure a scan.
type Options struct {
	// Region is the Whispir region of the rewritten hosts; "" reports the
	// findings without fixes (the region cannot be derived from the old URL).
	Region string
	// MaxSize is the size in bytes above which a file is skipped;
	// 0 means DefaultMaxSize.
	MaxSize int64
	// GoLiterals makes the scan also collect the regional hosts written in
	// the string literals of Go files (for -region=auto); Tests includes
	// _test.go files in that.
	GoLiterals, Tests bool
}

// A Root is a directory the package patterns cover.
type Root struct {
	Dir       string
	Recursive bool // the pattern ended in /...: the tree below Dir too
}

// A Finding is one WL01 or WL02 site in a file.
type Finding struct {
	Rule        string // "WL01" or "WL02"
	Message     string // starts with the rule ID, as the analyzer's messages
	Line, Col   int    // 1-based; Col counts bytes
	Offset, End int    // the byte span reported
	Fix         *Edit  // nil when no fix is offered
}

// An Edit replaces the bytes [Start, End) of a file with New.
type Edit struct {
	Message    string
	Start, End int
	New        string
}

// A File is a scanned file with findings, with the content they refer to.
type File struct {
	Path     string // the root joined with the path below it
	Content  []byte
	Mode     fs.FileMode
	Findings []Finding
}

// A Use is a regional host written in a file (for -region=auto).
type Use struct {
	Path      string
	Line, Col int
	Region    string
}

// A Skip is a file that mentions Whispir but was not read to the end, and why.
type Skip struct {
	Path, Reason string
}

// Result is what Scan found.
type Result struct {
	Files    []*File // files with findings, by path
	Regional []Use   // regional hosts, by path and position
	Skipped  []Skip
	Errors   []error // directories and files that could not be read
}

// skipDirs are the directories never entered: dependencies and tool caches
// that are not the module's own code (as the go command skips vendor and
// testdata), and version-control metadata.
var skipDirs = []string{"vendor", "node_modules", "testdata", ".terraform", ".git", ".hg", ".svn", ".bzr", ".jj"}

// proseExts are documentation: prose names the retired host on purpose
// ("we moved off api.whispir.com"), so it is not scanned.
var proseExts = []string{".md", ".markdown", ".rst", ".adoc", ".asciidoc", ".txt", ".html", ".htm"}

// notConfig are files of the Go toolchain that hold no configuration.
var notConfig = []string{"go.mod", "go.sum", "go.work", "go.work.sum"}

// Scan walks the roots and scans every text file that is not Go. It never
// follows a symbolic link: WalkDir does not enter linked directories, and a
// linked file is skipped (its target, when it is in the tree, is scanned
// under its own name; one outside is not the module's). It does not descend
// into a nested module (a directory with its own go.mod), which ./... does
// not cover either.
func Scan(roots []Root, opts Options) *Result {
	if opts.MaxSize <= 0 {
		opts.MaxSize = DefaultMaxSize
	}
	s := &scan{opts: opts, res: &Result{}, seen: make(map[string]bool)}
	for _, root := range roots {
		s.walk(root)
	}
	slices.SortFunc(s.res.Files, func(x, y *File) int { return strings.Compare(x.Path, y.Path) })
	slices.SortFunc(s.res.Regional, func(x, y Use) int {
		return cmp.Or(strings.Compare(x.Path, y.Path), cmp.Compare(x.Line, y.Line), cmp.Compare(x.Col, y.Col))
	})
	return s.res
}

type scan struct {
	opts Options
	res  *Result
	seen map[string]bool // files already scanned (overlapping patterns)
	buf  []byte          // the content of the file being read
}

func (s *scan) walk(root Root) {
	err := filepath.WalkDir(root.Dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			s.res.Errors = append(s.res.Errors, err)
			return nil // a directory that cannot be read: its entries are skipped
		}
		if d.IsDir() {
			if path == root.Dir {
				return nil
			}
			if !root.Recursive || slices.Contains(skipDirs, d.Name()) || isModule(path) {
				return fs.SkipDir
			}
			return nil
		}
		if !s.seen[path] {
			s.seen[path] = true
			s.file(path, d)
		}
		return nil
	})
	if err != nil {
		s.res.Errors = append(s.res.Errors, err)
	}
}

func isModule(dir string) bool {
	_, err := os.Lstat(filepath.Join(dir, "go.mod"))
	return err == nil
}

func (s *scan) file(path string, d fs.DirEntry) {
	name := d.Name()
	isGo := strings.HasSuffix(name, ".go")
	switch {
	case d.Type()&fs.ModeSymlink != 0, !d.Type().IsRegular():
		return // Not safe: a link can lead out of the module, a FIFO blocks.
	case isGo && !(s.opts.GoLiterals && (s.opts.Tests || !strings.HasSuffix(name, "_test.go"))):
		return // the analyzer's
	case slices.Contains(notConfig, name), slices.Contains(proseExts, strings.ToLower(filepath.Ext(name))):
		return
	}
	s.scanFile(path, isGo)
}

// ScanFiles scans the given files, whatever their name: the files that Go
// code embeds with //go:embed are the program's data, even when their
// extension says prose (.txt, .html) or the directory they sit in is
// skipped (testdata). A file that is not regular is skipped, as in Scan.
func ScanFiles(paths []string, opts Options) *Result {
	if opts.MaxSize <= 0 {
		opts.MaxSize = DefaultMaxSize
	}
	s := &scan{opts: opts, res: &Result{}, seen: make(map[string]bool)}
	for _, path := range paths {
		if s.seen[path] || strings.HasSuffix(path, ".go") {
			continue
		}
		s.seen[path] = true
		if info, err := os.Lstat(path); err != nil {
			s.res.Errors = append(s.res.Errors, err)
		} else if info.Mode().IsRegular() {
			s.scanFile(path, false)
		}
	}
	slices.SortFunc(s.res.Files, func(x, y *File) int { return strings.Compare(x.Path, y.Path) })
	return s.res
}

// scanFile reads and scans one file that passed the checks on its name.
func (s *scan) scanFile(path string, isGo bool) {
	content, mode, tooLarge, err := s.read(path)
	switch {
	case err != nil:
		s.res.Errors = append(s.res.Errors, err)
		return
	case tooLarge:
		s.res.Skipped = append(s.res.Skipped, Skip{path, fmt.Sprintf("larger than %d bytes", s.opts.MaxSize)})
		return
	case !mentionsWhispir(content):
		return
	}
	if why := notText(content); why != "" {
		s.res.Skipped = append(s.res.Skipped, Skip{path, why})
		return
	}
	if isGo {
		s.regional(path, goLiteralUses(content))
		return
	}
	findings, uses := ScanText(content, s.opts.Region)
	s.regional(path, uses)
	if len(findings) > 0 {
		content = bytes.Clone(content) // s.buf is reused for the next file
		s.res.Files = append(s.res.Files, &File{Path: path, Content: content, Mode: mode, Findings: findings})
	}
}

// read reads a file of at most MaxSize bytes into s.buf, which the next
// read reuses. Most files are read only to find that they do not mention
// Whispir: one open, fstat, read and close each, and no allocation.
func (s *scan) read(path string) (content []byte, mode fs.FileMode, tooLarge bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, false, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, 0, false, err
	}
	if !info.Mode().IsRegular() {
		return nil, 0, false, fmt.Errorf("%s: no longer a regular file", path)
	}
	if info.Size() > s.opts.MaxSize {
		return nil, 0, true, nil
	}
	// One byte more than the limit tells a file that grew since its fstat.
	if need := int(info.Size()) + 1; cap(s.buf) < need {
		s.buf = make([]byte, need)
	}
	n, err := io.ReadFull(f, s.buf[:min(int64(cap(s.buf)), s.opts.MaxSize+1)])
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return nil, 0, false, err
	}
	if int64(n) > s.opts.MaxSize {
		return nil, 0, true, nil
	}
	return s.buf[:n], info.Mode(), false, nil
}

func (s *scan) regional(path string, uses []Use) {
	for _, u := range uses {
		u.Path = path
		s.res.Regional = append(s.res.Regional, u)
	}
}

// mentionsWhispir reports whether b contains "whispir" in any ASCII case:
// the test every file passes before anything else is done with it.
func mentionsWhispir(b []byte) bool {
	const word = "whispir"
	for i := 0; i+len(word) <= len(b); {
		j := bytes.IndexAny(b[i:len(b)-len(word)+1], "wW")
		if j < 0 {
			return false
		}
		i += j
		if bytes.EqualFold(b[i:i+len(word)], []byte(word)) {
			return true
		}
		i++
	}
	return false
}

// binarySniff is how much of a file is searched for a NUL byte, as git
// and grep do to tell binary files.
const binarySniff = 8 << 10

// notText returns why content is not a text file to scan and rewrite, or "".
func notText(content []byte) string {
	if bytes.IndexByte(content[:min(len(content), binarySniff)], 0) >= 0 {
		return "binary (a NUL byte)"
	}
	if !utf8.Valid(content) {
		return "not UTF-8"
	}
	return ""
}

// RootsOf returns the directories that package patterns cover: a directory
// pattern (".", "./cmd", "../x", an absolute path) covers that directory,
// and with "/..." the tree below it. Other patterns (import paths, std,
// all) name packages, not a tree of files; they are returned in others.
func RootsOf(patterns []string) (roots []Root, others []string) {
	for _, p := range patterns {
		if !isDirPattern(p) {
			others = append(others, p)
			continue
		}
		dir, recursive := p, false
		if i := strings.Index(p, "..."); i >= 0 && !isDotDots(p) {
			// Have: ./..., ./cmd/..., ./cmd/.../x: the tree below ./cmd.
			dir, recursive = filepath.Dir(p[:i]+"x"), true
		}
		roots = append(roots, Root{Dir: filepath.Clean(dir), Recursive: recursive})
	}
	return roots, others
}

// isDirPattern reports whether p is a file system path rather than an
// import path, as the go command tells them apart.
func isDirPattern(p string) bool {
	return p == "." || p == ".." || strings.HasPrefix(p, "./") || strings.HasPrefix(p, "../") || filepath.IsAbs(p)
}

// isDotDots reports whether the "..." in p are only parent-directory steps
// ("..", "../..").
func isDotDots(p string) bool {
	for _, elem := range strings.Split(filepath.ToSlash(p), "/") {
		if strings.Contains(elem, "...") {
			return false
		}
	}
	return true
}

// errNotWritable is returned for a file whose write permission is off.
var errNotWritable = errors.New("not writable")
