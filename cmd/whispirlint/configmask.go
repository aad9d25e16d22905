package main

import (
	"regexp"
	"strings"

	"github.com/whispirlint/whispirlint/internal/configscan"
)

// credentialValue matches a value that a configuration line gives a name
// saying it holds a credential: NAME=VALUE (.env, .properties, query
// strings), NAME: VALUE (YAML, headers), "NAME": "VALUE" (JSON),
// NAME = "VALUE" (TOML, Terraform). Group 2 is the value.
var credentialValue = regexp.MustCompile(`(?i)([A-Za-z0-9_.-]*(?:key|token|secret|passw(?:or)?d|pwd|credential|auth)[A-Za-z0-9_.-]*["']?[ \t]*[:=][ \t]*["']?)([^\s"',;&#]+)`)

// userPassword matches the password of a URL's user info
// (scheme://user:password@host). Group 2 is the password.
var userPassword = regexp.MustCompile(`(://[^/\s:@]*:)([^@\s/]+)(@)`)

// maskConfigLine hides the credentials a line of a configuration file may
// show in -c context lines and -diff output: the password of a URL's user
// info, the value of every apikey (and other credential) query parameter,
// and the value of every assignment whose name says it is a credential.
// References to a value kept elsewhere ($WHISPIR_API_KEY,
// {{ .Values.key }}, %s) and URLs stay readable: they are not credentials.
func maskConfigLine(line string) string {
	line = userPassword.ReplaceAllStringFunc(line, func(m string) string {
		sub := userPassword.FindStringSubmatch(m)
		return sub[1] + mask(sub[2]) + sub[3]
	})
	return credentialValue.ReplaceAllStringFunc(line, func(m string) string {
		sub := credentialValue.FindStringSubmatch(m)
		prefix, value := sub[1], sub[2]
		if configscan.IsReference(value) || strings.HasPrefix(value, "{{") || strings.Contains(value, "://") {
			return m
		}
		return prefix + mask(value)
	})
}

// maskConfigText masks each line of text (a unified diff).
func maskConfigText(text string) string {
	lines := strings.SplitAfter(text, "\n")
	for i, l := range lines {
		lines[i] = maskConfigLine(l)
	}
	return strings.Join(lines, "")
}
