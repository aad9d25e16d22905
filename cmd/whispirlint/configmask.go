package main

// This file hides the secrets a line of text may show that no finding
// points at: the values of configuration files in -c lines and -fix -diff
// output, and the context lines of Go diffs. It goes by the shapes secret
// scanners (gitleaks, GitHub secret scanning) look for, not by a list of
// names, and it hides values only: a name (WHISPIR_API_KEY, secretKeyRef,
// sandboxToken) stays as written, so that a diff whose context holds names
// still applies.

import (
	"math"
	"regexp"
	"strings"

	"github.com/whispirlint/whispirlint/internal/configscan"
)

// credentialValue matches a value that a line gives a name saying it holds
// a credential: NAME=VALUE (.env, .properties, query strings), NAME: VALUE
// (YAML, headers), "NAME": "VALUE" (JSON), NAME = "VALUE" (TOML,
// Terraform), name := "VALUE" (Go). Group 1 is the name, group 2 what comes
// between name and value, group 3 the value.
var credentialValue = regexp.MustCompile(`(?i)([A-Za-z0-9_.-]*(?:key|token|secret|passw(?:or)?d|pwd|credential|auth)[A-Za-z0-9_.-]*)(["']?[ \t]*(?::=|=>|[:=])[ \t]*["'` + "`" + `]?)([^\s"'` + "`" + `,;&#)+{(\[<][^\s"'` + "`" + `,;&#)]*)`)

// notValueNames end the names whose value is the name of a secret, a file
// or a header, not the secret itself: a Kubernetes secretKeyRef's key and
// name, secretName, tokenFile, keyPath, authHeader, keyID.
var notValueName = regexp.MustCompile(`(?i)(^key|name|ref|file|path|dir|header|param|id|url|uri|type|mode|env|var|length|size|ttl|expiry|expires)$`)

// passwordName matches the names whose value is a password, which need not
// look random to be one.
var passwordName = regexp.MustCompile(`(?i)passw(or)?d|pwd|secret`)

// userPassword matches the password of a URL's user info
// (scheme://user:password@host). Group 2 is the password.
var userPassword = regexp.MustCompile(`(://[^/\s:@]*:)([^@\s/]+)(@)`)

// tokenPrefixes match the tokens whose prefix gives them away, wherever
// they are written: GitHub, GitLab, Slack, AWS access keys, Stripe, Google
// API keys, OpenAI/Anthropic-style sk- keys, npm, SendGrid, Twilio, JWTs.
var tokenPrefixes = regexp.MustCompile(`\b(?:` +
	`gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,}|glpat-[A-Za-z0-9_-]{20,}|` +
	`xox[abposr]-[A-Za-z0-9-]{10,}|(?:AKIA|ASIA)[0-9A-Z]{16}|[sr]k_(?:live|test)_[0-9A-Za-z]{16,}|` +
	`AIza[0-9A-Za-z_-]{35}|sk-[A-Za-z0-9_-]{20,}|npm_[A-Za-z0-9]{36}|SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}|` +
	`SK[0-9a-f]{32}|eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,})`)

// maskConfigLine hides the secrets a line of a configuration file may show
// in -c context lines and -fix -diff output (see maskSecretShapes).
func maskConfigLine(line string) string { return maskSecretShapes(line) }

// maskSecretShapes hides the values in line that have the shape of a
// secret: the password of a URL's user info, the value of every apikey
// (and other credential) query parameter, a token with a known prefix, and
// the value of an assignment whose name says it is a credential when the
// value looks like one (random-looking: letters and digits, 8 or more
// characters, high entropy; for passwords, any word of 6 or more).
// References to a value kept elsewhere ($WHISPIR_API_KEY,
// {{ .Values.key }}, %s), URLs, names and paths stay readable.
func maskSecretShapes(line string) string {
	line = userPassword.ReplaceAllStringFunc(line, func(m string) string {
		sub := userPassword.FindStringSubmatch(m)
		if isReference(sub[2]) {
			return m
		}
		return sub[1] + mask(sub[2]) + sub[3]
	})
	line = maskTokenPrefixes(line)
	return credentialValue.ReplaceAllStringFunc(line, func(m string) string {
		sub := credentialValue.FindStringSubmatch(m)
		name, sep, value := sub[1], sub[2], sub[3]
		if !secretValue(name, value) {
			return m
		}
		return name + sep + mask(value)
	})
}

// maskTokenPrefixes hides the tokens with a known prefix in line.
func maskTokenPrefixes(line string) string {
	return tokenPrefixes.ReplaceAllStringFunc(line, mask)
}

// secretValue reports whether value, given to name, is a secret rather
// than a name, a reference, a URL, a placeholder or a setting.
func secretValue(name, value string) bool {
	switch {
	case isReference(value), strings.Contains(value, maskPrefix), strings.Contains(value, "://"),
		strings.HasPrefix(value, "/"), strings.HasPrefix(value, "["), formatVerb.MatchString(value):
		return false
	case queryParam(name):
		return true // apikey=VALUE: the value of a credential parameter
	case notValueName.MatchString(strings.Trim(name, `"'`)), envName.MatchString(value), hostName.MatchString(value):
		return false
	case passwordName.MatchString(name) && len(value) >= 6:
		return true
	}
	return looksRandom(value)
}

// queryParam reports whether name is a credential query parameter
// (apikey, api_key, access_token, ...): its values are credentials.
func queryParam(name string) bool {
	i := strings.LastIndexAny(name, "?&")
	name = name[i+1:]
	for _, p := range credentialParams {
		if strings.EqualFold(name, p) && p != "key" && p != "user" && p != "username" {
			return true
		}
	}
	return false
}

// isReference reports whether a value names a value kept elsewhere: an
// environment variable, a template, a format verb, a placeholder.
func isReference(v string) bool {
	return configscan.IsReference(v) || strings.HasPrefix(v, "{{") || strings.HasPrefix(v, "$") || strings.HasPrefix(v, "<")
}

// looksRandom reports whether v is shaped like a generated key or token:
// 8 or more characters from the alphabets keys use, with letters and
// digits, and an entropy of 3 bits per character or more (gitleaks' generic
// rule uses 3.5 on longer values).
func looksRandom(v string) bool {
	return keyShaped(v) && entropy(v) >= 3
}

// entropy is the Shannon entropy of s in bits per byte.
func entropy(s string) float64 {
	var counts [256]int
	for i := 0; i < len(s); i++ {
		counts[s[i]]++
	}
	h := 0.0
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / float64(len(s))
			h -= p * math.Log2(p)
		}
	}
	return h
}
