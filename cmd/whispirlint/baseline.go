package main

// This file is -new-from-rev: the lines changed since a git revision, as
// git diff -U0 gives them, plus every line of the untracked files.

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// changedLines returns the lines of each file (by absolute name) that differ
// from rev in the work tree of the git repository holding dir: committed
// since rev, staged, unstaged, and untracked files whole.
func changedLines(dir, rev string) (map[string][]span, error) {
	out, err := git(dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, err
	}
	root := strings.TrimSpace(out)
	if _, err := git(root, "rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}"); err != nil {
		return nil, fmt.Errorf("no commit %q in the repository at %s", rev, root)
	}
	diff, err := git(root, "-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff", "-M", "-U0",
		"--src-prefix=a/", "--dst-prefix=b/", rev, "--")
	if err != nil {
		return nil, err
	}
	changed, err := parseChangedLines(root, diff)
	if err != nil {
		return nil, err
	}
	untracked, err := git(root, "ls-files", "--others", "--exclude-standard", "-z")
	if err != nil {
		return nil, err
	}
	for name := range strings.SplitSeq(untracked, "\x00") {
		if name != "" {
			changed[filepath.Join(root, filepath.FromSlash(name))] = []span{{1, math.MaxInt}}
		}
	}
	return changed, nil
}

// parseChangedLines reads the new-side line ranges of the hunks of a
// git diff -U0 whose paths are relative to root.
func parseChangedLines(root, diff string) (map[string][]span, error) {
	changed := make(map[string][]span)
	file := ""
	sc := bufio.NewScanner(strings.NewReader(diff))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "+++ "):
			name := strings.TrimPrefix(line, "+++ ")
			if strings.HasPrefix(name, `"`) {
				var err error
				if name, err = strconv.Unquote(name); err != nil {
					return nil, fmt.Errorf("git diff: cannot read the file name in %q", line)
				}
			}
			file = ""
			if rel, ok := strings.CutPrefix(name, "b/"); ok { // not /dev/null: a deleted file
				file = filepath.Join(root, filepath.FromSlash(rel))
			}
		case strings.HasPrefix(line, "@@ ") && file != "":
			// @@ -a[,b] +c[,d] @@: the new side's lines c to c+d-1.
			fields := strings.Fields(line)
			if len(fields) < 3 || !strings.HasPrefix(fields[2], "+") {
				return nil, fmt.Errorf("git diff: cannot read the hunk header %q", line)
			}
			start, count, hasCount := strings.Cut(fields[2][1:], ",")
			from, err := strconv.Atoi(start)
			n := 1
			if err == nil && hasCount {
				n, err = strconv.Atoi(count)
			}
			if err != nil {
				return nil, fmt.Errorf("git diff: cannot read the hunk header %q", line)
			}
			if n > 0 {
				changed[file] = append(changed[file], span{from, from + n - 1})
			}
		}
	}
	return changed, sc.Err()
}

// git runs git in dir and returns its output; its error says what git said.
func git(dir string, args ...string) (string, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return "", fmt.Errorf("git %s: %s", args[0], msg)
		}
		return "", fmt.Errorf("git %s: %v", args[0], err)
	}
	return stdout.String(), nil
}
