package main

// This file masks the diffs of -fix -diff so that they still apply: only
// values are hidden — the credentials secret findings point at, literals
// that show a credential on their own, and values shaped like secrets
// (configmask.go) — never a name, so that a hunk whose lines hold no
// secret value is printed as it is and git apply takes it. A hunk that
// must show a secret value (a credential fix's removed line, a key beside
// a change) is masked and listed on stderr, with the flag that prints it
// in clear.

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/whispirlint/whispirlint/fixer"
)

// maskDiffLine hides the secret values in one line of a diff of a
// configuration file.
func (m *masker) maskDiffLine(line string) string { return m.maskDiffValues(line, false) }

// maskGoDiffLine hides the secret values in one line of a diff of a Go
// file: besides the values maskDiffLine hides, the string literals of a
// line about credentials that are shaped like one (a credential in a
// _test.go file that -secrets-in-tests would find, a key beside a change).
func (m *masker) maskGoDiffLine(line string) string { return m.maskDiffValues(line, true) }

func (m *masker) maskDiffValues(line string, goLine bool) string {
	onPasswordLine := goLine && passwordLine.MatchString(line)
	onKeyLine := goLine && keyLine.MatchString(line)
	for _, s := range m.secrets {
		if len(s) >= minSecret {
			line = strings.ReplaceAll(line, s, mask(s))
		}
	}
	line = goString.ReplaceAllStringFunc(line, func(lit string) string {
		v, err := strconv.Unquote(lit)
		if err != nil || strings.Contains(v, maskPrefix) {
			return lit // not a literal, or masked already
		}
		masked := maskSecretShapes(v)
		for _, s := range credentialsIn(v) {
			if s != "" && !isReference(s) {
				masked = strings.ReplaceAll(masked, s, mask(s))
			}
		}
		if masked == v && couldBeSecret(v) &&
			(slices.Contains(m.exact, v) || onPasswordLine && passwordShaped(v) || onKeyLine && looksRandom(v)) {
			masked = mask(v)
		}
		if masked == v {
			return lit
		}
		return fixer.QuoteLike(lit, masked)
	})
	if goLine {
		// In Go only string literals hold values (above); a token with a
		// known prefix is one wherever it is (a raw string over lines).
		return maskTokenPrefixes(line)
	}
	return maskSecretShapes(line)
}

// passwordShaped reports whether v could be a password rather than a name
// ("whispir-creds", "sandbox"): 6 or more characters with a letter and a
// digit or a symbol other than the separators of names.
func passwordShaped(v string) bool {
	letter, other := false, false
	for _, c := range v {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			letter = true
		case c == '-', c == '_', c == '.', c == '/':
		default:
			other = true
		}
	}
	return len(v) >= 6 && letter && other
}

// maskDiff masks the lines of a unified diff and returns the headers
// (file and @@ line) of the hunks it had to mask: those git apply cannot
// take as printed.
func maskDiff(diff string, maskLine func(string) string) (string, []string) {
	var masked []string
	var b strings.Builder
	file, hunk, recorded := "", "", false
	for _, line := range strings.SplitAfter(diff, "\n") {
		switch {
		case strings.HasPrefix(line, "--- "):
			file, hunk = strings.TrimSuffix(strings.TrimPrefix(line, "--- a/"), "\n"), ""
		case strings.HasPrefix(line, "+++ "):
		case strings.HasPrefix(line, "@@ "):
			hunk, recorded = strings.TrimSuffix(line, "\n"), false
		default:
			if m := maskLine(line); m != line {
				line = m
				if hunk != "" && !recorded {
					masked = append(masked, file+" "+hunk)
					recorded = true
				}
			}
		}
		b.WriteString(line)
	}
	return b.String(), masked
}

// showSecretsFlag is the flag that prints diffs unmasked.
const showSecretsFlag = "-show-secrets"

// reportMaskedHunks says on stderr which hunks of a diff were masked, and
// how to get a diff that applies.
func reportMaskedHunks(w io.Writer, hunks []string) {
	if len(hunks) == 0 {
		return
	}
	fmt.Fprintf(w, "whispirlint: %d diff hunk(s) show a credential, masked: git apply cannot apply them as printed:\n", len(hunks))
	for _, h := range hunks {
		fmt.Fprintf(w, "\t%s\n", h)
	}
	fmt.Fprintf(w, "whispirlint: to apply them, run -fix (it writes the files and prints no source), or print the diff with credentials in clear (they then show in your terminal and logs): whispirlint -fix -diff %s PACKAGES\n", showSecretsFlag)
}
