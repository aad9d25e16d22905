package configscan

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Fixed returns the content of f with its fixes applied, and how many were.
// Edits never overlap: each is the scheme and host of a different URL.
func (f *File) Fixed() ([]byte, int) {
	var edits []Edit
	for _, fd := range f.Findings {
		if fd.Fix != nil {
			edits = append(edits, *fd.Fix)
		}
	}
	return apply(f.Content, edits), len(edits)
}

func apply(content []byte, edits []Edit) []byte {
	if len(edits) == 0 {
		return content
	}
	slices.SortFunc(edits, func(x, y Edit) int { return x.Start - y.Start })
	var b bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.Start < last {
			panic(fmt.Sprintf("configscan: overlapping edits at %d", e.Start)) // a bug in legacyHost
		}
		b.Write(content[last:e.Start])
		b.WriteString(e.New)
		last = e.End
	}
	b.Write(content[last:])
	return b.Bytes()
}

// Diff returns the unified diff from old to new, both the content of the
// file name, in the form of the analysis drivers' -fix -diff
// ("--- name (old)", "+++ name (new)", three lines of context). The
// fixes never add or remove a line, so lines are compared one to one.
func Diff(name string, old, new []byte) string {
	a, b := splitLines(string(old)), splitLines(string(new))
	if len(a) != len(b) {
		// Not expected from a host rewrite: one hunk replacing everything.
		return header(name) + hunk(a, b, 0, len(a), 0, len(b))
	}
	const context = 3
	var out strings.Builder
	for i := 0; i < len(a); {
		if a[i] == b[i] {
			i++
			continue
		}
		// A hunk: from the first change, up to a run of more than
		// 2*context equal lines or the end.
		start, end := max(i-context, 0), i+1
		for j := end; j < len(a) && j < end+2*context+1; j++ {
			if a[j] != b[j] {
				end = j + 1
			}
		}
		stop := min(end+context, len(a))
		if out.Len() == 0 {
			out.WriteString(header(name))
		}
		fmt.Fprintf(&out, "@@ %s %s @@\n", span('-', start, stop), span('+', start, stop))
		for j := start; j < stop; {
			if a[j] == b[j] {
				writeLine(&out, ' ', a[j])
				j++
				continue
			}
			run := j
			for run < stop && a[run] != b[run] {
				run++
			}
			for _, l := range a[j:run] {
				writeLine(&out, '-', l)
			}
			for _, l := range b[j:run] {
				writeLine(&out, '+', l)
			}
			j = run
		}
		i = stop
	}
	return out.String()
}

func header(name string) string { return fmt.Sprintf("--- %s (old)\n+++ %s (new)\n", name, name) }

func hunk(a, b []string, aStart, aStop, bStart, bStop int) string {
	var out strings.Builder
	fmt.Fprintf(&out, "@@ %s %s @@\n", span('-', aStart, aStop), span('+', bStart, bStop))
	for _, l := range a[aStart:aStop] {
		writeLine(&out, '-', l)
	}
	for _, l := range b[bStart:bStop] {
		writeLine(&out, '+', l)
	}
	return out.String()
}

func span(sign rune, start, stop int) string {
	if stop-start == 1 {
		return fmt.Sprintf("%c%d", sign, start+1)
	}
	return fmt.Sprintf("%c%d,%d", sign, start+1, stop-start)
}

func writeLine(out *strings.Builder, sign byte, line string) {
	out.WriteByte(sign)
	out.WriteString(line)
	if !strings.HasSuffix(line, "\n") {
		out.WriteString("\n\\ No newline at end of file\n")
	}
}

// splitLines splits s after each newline; the last line may lack one.
func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// A Change is the new content of a scanned file.
type Change struct {
	File    *File
	Content []byte
}

// Pending holds new contents written beside their files, not yet in place.
type Pending struct {
	temps map[string]string // file -> temporary file
}

// Prepare writes each change to a temporary file in the same directory,
// with the file's mode, so that Commit only renames. It fails, leaving
// nothing behind, when any file is not writable or has changed since it
// was scanned: a partly migrated configuration is worse than none.
func Prepare(changes []Change) (*Pending, error) {
	p := &Pending{temps: make(map[string]string)}
	for _, c := range changes {
		if err := p.prepare(c); err != nil {
			p.Discard()
			return nil, err
		}
	}
	return p, nil
}

func (p *Pending) prepare(c Change) error {
	path := c.File.Path
	info, err := os.Lstat(path)
	if err != nil {
		return err
	}
	if !info.Mode().IsRegular() || info.Mode().Perm()&0o200 == 0 {
		// Not safe: a read-only file was made so on purpose (checked on the
		// mode bits, which hold for root too).
		return fmt.Errorf("%s: %w", path, errNotWritable)
	}
	if f, err := os.OpenFile(path, os.O_WRONLY, 0); err != nil {
		return err
	} else {
		f.Close()
	}
	now, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if !bytes.Equal(now, c.File.Content) {
		return fmt.Errorf("%s changed while whispirlint ran; run it again", path)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".whispirlint-*")
	if err != nil {
		return err
	}
	p.temps[path] = tmp.Name()
	_, err = tmp.Write(c.Content)
	err = errors.Join(err, tmp.Chmod(info.Mode().Perm()), tmp.Sync(), tmp.Close())
	return err
}

// Commit renames the temporary files over their files. It returns the
// files it wrote; on an error the others are left as they were.
func (p *Pending) Commit() (written []string, err error) {
	paths := make([]string, 0, len(p.temps))
	for path := range p.temps {
		paths = append(paths, path)
	}
	slices.Sort(paths)
	for _, path := range paths {
		if err := os.Rename(p.temps[path], path); err != nil {
			p.Discard()
			return written, err
		}
		delete(p.temps, path)
		written = append(written, path)
	}
	return written, nil
}

// Discard removes the temporary files that are not in place.
func (p *Pending) Discard() {
	for path, tmp := range p.temps {
		os.Remove(tmp)
		delete(p.temps, path)
	}
}
