package analyzer

import (
	"testing"

	"github.com/whispirlint/whispirlint/fixer"
)

// oldHints are the hints as the rules' own predicates give them.
func oldHints(v string) hints {
	var h hints
	if fixer.MentionsWhispir(v) || fixer.MentionsKeyParam(v) {
		h |= hintWhispir
	}
	if mentionsCredential(v) {
		h |= hintCredential
	}
	if fixer.MentionsPeer(v) {
		h |= hintPeer
	}
	return h
}

func TestStringHints(t *testing.T) {
	for _, v := range []string{
		"", "hello", "https://api.whispir.com", "?APIKEY=", "Basic dXNlcjpw", "App 0030", "IBSSO tok",
		"X-Api-Key", "SetBasicAuth", "encodeToString", "https://x.api.infobip.com", "fax.api.sinch.com",
		"wwhispir", "whispi", "app", "Application", "basic", "sinc", "api.whispir.com?apikey=1&x=infobip",
	} {
		if got, want := stringHints(v), oldHints(v); got != want {
			t.Errorf("stringHints(%q) = %b, want %b", v, got, want)
		}
	}
}

func FuzzStringHints(f *testing.F) {
	f.Add("https://api.whispir.com/messages?apikey=k")
	f.Add("Basic dXNlcjpwYXNz")
	f.Fuzz(func(t *testing.T, v string) {
		if got, want := stringHints(v), oldHints(v); got != want {
			t.Errorf("stringHints(%q) = %b, want %b", v, got, want)
		}
	})
}
