package fixer

import (
	"strings"
	"testing"
)

func TestClassifyHost(t *testing.T) {
	for host, want := range map[string]HostKind{
		"api.whispir.com":             LegacyHost,
		"API.Whispir.COM":             LegacyHost,
		"api.whispir.com:443":         LegacyHost,
		"api.whispir.com.":            LegacyHost,
		"api.app.whispir.it":          LegacyHost,
		"api-sni.whispir.com":         LegacyHost,
		"api.au.whispir.com":          RegionalAPIHost,
		"api.education.whispir.com":   RegionalAPIHost,
		"api.eu.whispir.com":          NotWhispir,
		"api.whispir.com.example.net": NotWhispir,
		"api.whispir.community":       NotWhispir,
		"status.whispir.com":          NotWhispir,
		"whispir.com":                 NotWhispir,
		"myapi.whispir.com":           NotWhispir,
	} {
		if got := ClassifyHost(host); got != want {
			t.Errorf("ClassifyHost(%q) = %v, want %v", host, got, want)
		}
	}
}

func TestMigrateHosts(t *testing.T) {
	for in, want := range map[string]string{
		"https://api.whispir.com/messages?apikey=":                 "https://api.au.whispir.com/messages?apikey=",
		"http://api.whispir.com":                                   "https://api.au.whispir.com",
		"HTTP://API.WHISPIR.COM/x":                                 "https://api.au.whispir.com/x",
		"api.whispir.com":                                          "api.au.whispir.com",
		"api.whispir.com/v1":                                       "api.au.whispir.com/v1",
		"https://api.app.whispir.it/x":                             "https://api.au.whispir.com/x",
		`{"callback":"https://api-sni.whispir.com/cb"}`:            `{"callback":"https://api.au.whispir.com/cb"}`,
		"see https://api.whispir.com and http://api.whispir.com/b": "see https://api.au.whispir.com and https://api.au.whispir.com/b",
		"https://api.whispir.com:8443/x":                           "https://api.au.whispir.com:8443/x",
		"https://user:pw@api.whispir.com/x?apikey=":                "https://user:pw@api.au.whispir.com/x?apikey=",
		"http://api.whispir.com:80":                                "https://api.au.whispir.com",
		"http://api.whispir.com:80/x":                              "https://api.au.whispir.com/x",
		"https://api.whispir.com:443/x":                            "https://api.au.whispir.com:443/x",
		"api.whispir.com:80":                                       "api.au.whispir.com:80",
	} {
		got, changed := MigrateHosts(in, "au")
		if got != want || !changed {
			t.Errorf("MigrateHosts(%q) = %q, %v; want %q", in, got, changed, want)
		}
	}
	for _, in := range []string{
		"https://api.whispir.com.example.net/x",
		"user@api.whispir.com",
		"https://api.us.whispir.com/x",
		"api.whispir.community",
		"not a host: api.whispir.com",
		"https://developers.whispir.com/docs",
	} {
		if got, changed := MigrateHosts(in, "au"); changed || got != in {
			t.Errorf("MigrateHosts(%q) = %q, %v; want unchanged", in, got, changed)
		}
	}
}

// FuzzMigrateHosts checks that migration never leaves a retired host behind,
// changes nothing outside the hosts and schemes it rewrites, and is idempotent.
func FuzzMigrateHosts(f *testing.F) {
	for _, s := range []string{"https://api.whispir.com/x?apikey=1", "api.whispir.com", "x http://api.app.whispir.it y", "\xff://api.whispir.com"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, changed := MigrateHosts(s, "nz")
		again, changedAgain := MigrateHosts(got, "nz")
		if changedAgain || again != got {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, got, again)
		}
		if changed != (got != s) {
			t.Fatalf("changed=%v for %q -> %q", changed, s, got)
		}
		if legacy := legacyLeft(got); legacy {
			t.Fatalf("retired host left in %q (from %q)", got, s)
		}
	})
}

func legacyLeft(s string) bool {
	for _, h := range FindHosts(s) {
		if h.Kind == LegacyHost {
			return true
		}
	}
	return false
}

func TestFindHostsIgnoresLongNonWhispirText(t *testing.T) {
	long := strings.Repeat("https://example.com/path?apikey=1 ", 10000)
	if refs := FindHosts(long); refs != nil {
		t.Fatalf("FindHosts found %v", refs)
	}
}

// A host whose scheme is written apart ("://api.whispir.com", after a
// variable scheme) is still found.
func TestFindHostsSchemeApart(t *testing.T) {
	refs := FindHosts("://api.whispir.com/contacts?apikey=")
	if len(refs) != 1 || refs[0].Host != "api.whispir.com" || refs[0].Start != 3 || refs[0].SchemeStart != -1 {
		t.Fatalf("FindHosts = %+v, want api.whispir.com at 3 with no scheme", refs)
	}
	if got, _ := MigrateHosts("://api.whispir.com/x", "au"); got != "://api.au.whispir.com/x" {
		t.Errorf("MigrateHosts = %q", got)
	}
}
