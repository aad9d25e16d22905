// Package fixer holds the pure text machinery behind whispirlint's
// suggested fixes: classifying Whispir hosts, editing query strings that are
// split over constant and dynamic parts, parsing printf-style format strings,
// decoding Basic credentials and redacting secrets. Nothing here depends on
// an analysis.Pass, so every function can be unit- and fuzz-tested alone.
package fixer

import (
	"slices"
	"strings"

	"mvdan.cc/xurls/v2"
)

// Regions lists the Whispir regions, in the order the documentation gives
// them. Each has the regional API host "api.<region>.whispir.com".
var Regions = []string{"au", "nz", "ap", "ap1", "us", "it", "education"}

// legacyHosts are the retired hosts that must be migrated.
var legacyHosts = []string{"api.whispir.com", "api.app.whispir.it", "api-sni.whispir.com"}

// IsRegion reports whether r names a Whispir region.
func IsRegion(r string) bool { return slices.Contains(Regions, r) }

// RegionalHost returns the API host of region r.
func RegionalHost(r string) string { return "api." + r + ".whispir.com" }

// HostKind classifies a host name.
type HostKind int

const (
	NotWhispir      HostKind = iota
	LegacyHost               // api.whispir.com, api.app.whispir.it, api-sni.whispir.com
	RegionalAPIHost          // api.<region>.whispir.com
)

// ClassifyHost classifies host (case-insensitive, an optional port and a
// trailing dot allowed). Lookalikes such as "api.whispir.com.example.net" or
// "api.whispir.community" are NotWhispir.
func ClassifyHost(host string) HostKind {
	h := strings.ToLower(stripPort(host))
	h = strings.TrimSuffix(h, ".")
	if slices.Contains(legacyHosts, h) {
		return LegacyHost
	}
	if r, ok := strings.CutPrefix(h, "api."); ok {
		if r, ok := strings.CutSuffix(r, ".whispir.com"); ok && IsRegion(r) {
			return RegionalAPIHost
		}
	}
	return NotWhispir
}

func stripPort(host string) string {
	if i := strings.LastIndexByte(host, ':'); i >= 0 && isDigits(host[i+1:]) {
		return host[:i]
	}
	return host
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// HostRef is one occurrence of a Whispir host inside a string.
type HostRef struct {
	Host        string   // as written, without port
	Kind        HostKind // LegacyHost or RegionalAPIHost
	Start, End  int      // byte offsets of Host in the string
	SchemeStart int      // offset of the scheme, or -1 for a bare host
	Scheme      string   // "http", "https" (as written, any case) or ""
	UserStart   int      // offset of the user info (user:password@), or -1
	portEnd     int      // end of the port after Host (":80"), or End when there is none
}

// HasPassword reports whether a Whispir URL in s has a password in its
// user info.
func HasPassword(s string) bool {
	for _, h := range FindHosts(s) {
		if _, ok := h.Password(s); ok {
			return true
		}
	}
	return false
}

// Password returns the password of the user info before the host, if any.
func (r HostRef) Password(s string) (string, bool) {
	if r.UserStart < 0 {
		return "", false
	}
	info := s[r.UserStart : r.Start-1]
	_, password, ok := strings.Cut(info, ":")
	return password, ok && password != ""
}

// urlPattern finds http(s) URLs inside longer text (JSON bodies, messages,
// templates); bare hosts are handled by FindHosts itself.
var urlPattern = func() interface {
	FindAllStringIndex(string, int) [][]int
} {
	re, err := xurls.StrictMatchingScheme(`(?i)https?://`)
	if err != nil {
		panic(err)
	}
	return re
}()

// MentionsWhispir reports, without allocating, whether s contains "whispir"
// in any letter case: the cheap test every string passes before FindHosts.
func MentionsWhispir(s string) bool { return ContainsFold(s, "whispir") }

// ContainsFold reports, without allocating, whether s contains the
// lower-case ASCII word w in any ASCII letter case.
func ContainsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if HasFoldPrefix(s[i:], w) {
			return true
		}
	}
	return false
}

// HasFoldPrefix reports whether s starts with the lower-case ASCII word w
// in any ASCII letter case.
func HasFoldPrefix(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for j := 0; j < len(w); j++ {
		if lower(s[j]) != w[j] {
			return false
		}
	}
	return true
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// FindHosts returns every Whispir host (legacy or regional) in s: inside
// http(s) URLs anywhere in s, and as a bare host at the start of s
// ("api.whispir.com", "api.whispir.com/v1"). Lookalike hosts are not returned.
func FindHosts(s string) []HostRef {
	if !MentionsWhispir(s) {
		return nil
	}
	var refs []HostRef
	for _, m := range urlPattern.FindAllStringIndex(s, -1) {
		u := s[m[0]:m[1]]
		sep := strings.Index(u, "://")
		if ref, ok := hostAt(s, m[0]+sep+3, m[1], true); ok {
			ref.SchemeStart, ref.Scheme = m[0], u[:sep]
			refs = append(refs, ref)
		}
	}
	if len(refs) == 0 {
		// Have: "://api.whispir.com/x", whose scheme is written apart.
		start := 0
		if strings.HasPrefix(s, "://") {
			start = 3
		}
		if ref, ok := hostAt(s, start, len(s), false); ok {
			refs = append(refs, ref)
		}
	}
	return refs
}

// hostAt reads the authority starting at s[start:] (up to end) and returns it
// as a HostRef when it is a Whispir host. After a scheme, a user-info part
// (user:password@) before the host is skipped; a bare host has none (an
// e-mail address is not a URL).
func hostAt(s string, start, end int, scheme bool) (HostRef, bool) {
	userStart := -1
	if at := strings.IndexByte(s[start:end], '@'); scheme && at >= 0 && !strings.ContainsAny(s[start:start+at], "/?#") {
		userStart, start = start, start+at+1
	}
	i := start
	for i < end && !strings.ContainsRune("/?#@:", rune(s[i])) {
		i++
	}
	if i < end && s[i] == '@' {
		return HostRef{}, false
	}
	host := s[start:i]
	portEnd := i
	// A port must be digits only, up to the end of the authority.
	if i < end && s[i] == ':' {
		j := i + 1
		for j < end && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i+1 || (j < end && !strings.ContainsRune("/?#", rune(s[j]))) {
			return HostRef{}, false
		}
		portEnd = j
	}
	kind := ClassifyHost(host)
	if kind == NotWhispir {
		return HostRef{}, false
	}
	return HostRef{Host: host, Kind: kind, Start: start, End: i, SchemeStart: -1, UserStart: userStart, portEnd: portEnd}, true
}

// MigrateHosts rewrites every legacy host in s to the regional host of
// region and its scheme, if written, to https; the user info is kept, and
// an explicit :80 after an http scheme goes with it (it was http's port).
// It reports whether s changed.
func MigrateHosts(s, region string) (string, bool) {
	refs := FindHosts(s)
	var b strings.Builder
	last := 0
	for _, r := range refs {
		if r.Kind != LegacyHost {
			continue
		}
		if r.SchemeStart >= 0 {
			b.WriteString(s[last:r.SchemeStart])
			b.WriteString("https://")
			if r.UserStart >= 0 {
				b.WriteString(s[r.UserStart:r.Start])
			}
		} else {
			b.WriteString(s[last:r.Start])
		}
		b.WriteString(RegionalHost(region))
		last = r.End
		if strings.EqualFold(r.Scheme, "http") && s[r.End:r.portEnd] == ":80" {
			last = r.portEnd
		}
	}
	if last == 0 {
		return s, false
	}
	b.WriteString(s[last:])
	return b.String(), true
}

// LegacyHostMessage is rule WL01's message for a retired host, for Go code
// and configuration files alike: the regional host to use (or the pattern,
// when no region is known), and why there is no fix, if why is set.
func LegacyHostMessage(host, region, why string) string {
	msg := "retired Whispir host " + host + ": "
	if region != "" {
		msg += "use the regional host " + RegionalHost(region)
	} else {
		msg += "use api.<region>.whispir.com"
	}
	if why != "" {
		msg += "; " + why
	}
	return msg
}

// MentionsKeyParam reports, without allocating, whether s contains "apikey"
// in any letter case.
func MentionsKeyParam(s string) bool { return ContainsFold(s, "apikey") }
