package fixer

import "strings"

// Peer names a messaging provider other than Whispir whose retired or
// discouraged authentication whispirlint reports.
type Peer int

const (
	NoPeer    Peer = iota
	Infobip        // api.infobip.com, <id>.api.infobip.com
	Sinch          // *.api.sinch.com: the REST APIs
	SinchAuth      // auth.sinch.com: the OAuth 2.0 token endpoint
)

const (
	infobipHost   = "api.infobip.com"
	sinchAPIHost  = "api.sinch.com"
	sinchAuthHost = "auth.sinch.com"
)

// MentionsPeer reports, without allocating, whether s contains "infobip" or
// "sinch" in any letter case: the cheap test a file passes before any deeper
// work for the Infobip and Sinch rules.
func MentionsPeer(s string) bool { return ContainsFold(s, "infobip") || ContainsFold(s, "sinch") }

// ClassifyPeerHost classifies a complete host name (case-insensitive, an
// optional port and trailing dot allowed). Lookalikes such as
// "api.infobip.com.example.net" or "notsinch.com" are NoPeer.
func ClassifyPeerHost(host string) Peer {
	h := strings.TrimSuffix(strings.ToLower(stripPort(host)), ".")
	switch {
	case h == infobipHost:
		return Infobip
	case h == sinchAuthHost:
		return SinchAuth
	}
	if sub, ok := strings.CutSuffix(h, "."+infobipHost); ok && isHostLabels(sub) {
		return Infobip
	}
	if sub, ok := strings.CutSuffix(h, "."+sinchAPIHost); ok && isHostLabels(sub) {
		return Sinch
	}
	return NoPeer
}

// classifyHostTail classifies a host whose leading labels are computed at
// run time and whose constant tail is tail: "https://" + id +
// ".api.infobip.com" has the tail ".api.infobip.com". Only a tail that
// starts a new label decides the provider: id + "api.sinch.com" might be
// "notapi.sinch.com".
func classifyHostTail(tail string) Peer {
	t, ok := strings.CutPrefix(strings.TrimSuffix(strings.ToLower(stripPort(tail)), "."), ".")
	if !ok {
		return NoPeer
	}
	switch {
	case t == infobipHost || strings.HasSuffix(t, "."+infobipHost) && isHostLabels(strings.TrimSuffix(t, "."+infobipHost)):
		return Infobip
	case t == sinchAPIHost || strings.HasSuffix(t, "."+sinchAPIHost) && isHostLabels(strings.TrimSuffix(t, "."+sinchAPIHost)):
		return Sinch
	}
	return NoPeer
}

// ClassifyPeerHostParts classifies a host name built from parts: a
// constant host, or computed leading labels followed by a constant tail
// that starts a label (id + ".api.infobip.com").
func ClassifyPeerHostParts(parts []Part) Peer {
	var tail strings.Builder
	holes := false
	for _, p := range parts {
		if p.Hole {
			tail.Reset()
			holes = true
			continue
		}
		tail.WriteString(p.Text)
	}
	if !holes {
		return ClassifyPeerHost(tail.String())
	}
	return classifyHostTail(tail.String())
}

// isHostLabels reports whether s is one or more dot-separated DNS labels.
func isHostLabels(s string) bool {
	for label := range strings.SplitSeq(s, ".") {
		if label == "" {
			return false
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}

// A PeerURL is what the constant parts of a URL built at run time say about it.
type PeerURL struct {
	Peer Peer // the provider its host belongs to, NoPeer when unknown
	// Lead is the index of the hole that holds the scheme and host (a base URL
	// kept in a variable: base + "/sms/1/text/query?..."), or the whole host
	// ("https://" + host + "/v3/faxes"), or -1. The caller decides the
	// provider of such a URL from the hole's expression.
	Lead   int
	Params []Param // the query parameters whose names are constant text
}

// A Param is a query parameter of a PeerURL.
type Param struct {
	Name string // as written
	Part int    // index of the part that holds the name
}

// ParsePeerURL reads the URL that parts build. The string must be a URL
// from its first byte: an optional scheme ("https://", any scheme), then the
// host or a hole, then path and query. Prose that merely contains a URL
// (any white space in the constant text) is refused, so documentation
// strings are not taken for requests. With bareQuery the parts are a query
// without host (url.URL.RawQuery): only Params is set.
func ParsePeerURL(parts []Part, bareQuery bool) (u PeerURL, ok bool) {
	flat, owner := flatten(parts)
	if flat == "" || strings.ContainsAny(flat, " \t\r\n") {
		return u, false
	}
	u.Lead = -1
	query := 0
	switch {
	case bareQuery:
	case flat[0] == hole:
		// Have: base + "/sms/1/text/query?...", the base URL computed.
		u.Lead = owner[0].part
		query = strings.IndexByte(flat, '?')
		if query < 0 {
			return u, true
		}
		query++
	default:
		start := 0
		if i := strings.Index(flat, "://"); i > 0 && isScheme(flat[:i]) {
			start = i + 3
		}
		end := start
		for end < len(flat) && !strings.ContainsRune("/?#", rune(flat[end])) {
			end++
		}
		host := flat[start:end]
		if at := strings.LastIndexByte(host, '@'); at >= 0 {
			// Have: scheme://user:pass@host; the host follows the user info.
			start += at + 1
			host = flat[start:end]
		}
		switch last := strings.LastIndexByte(host, hole); {
		case last < 0:
			u.Peer = ClassifyPeerHost(host)
		case last == 0 && (len(host) == 1 || host[1] == ':'):
			// Have: "https://" + host + "/v3/faxes".
			u.Lead = owner[start].part
		case last+1 < len(host):
			u.Peer = classifyHostTail(host[last+1:])
		}
		query = strings.IndexByte(flat[end:], '?')
		if query < 0 {
			return u, true
		}
		query += end + 1
	}
	for _, field := range splitQuery(flat, query) {
		name := flat[field[0]:field[1]]
		if name != "" && strings.IndexByte(name, hole) < 0 {
			u.Params = append(u.Params, Param{Name: name, Part: owner[field[0]].part})
		}
	}
	return u, true
}

// splitQuery returns the [start, end) ranges of the parameter names of the
// query that starts at from and ends at '#' or the end of flat.
func splitQuery(flat string, from int) [][2]int {
	var names [][2]int
	for i := from; i <= len(flat); {
		end := i
		for end < len(flat) && flat[end] != '&' && flat[end] != '#' {
			end++
		}
		field := flat[i:end]
		if eq := strings.IndexByte(field, '='); eq >= 0 {
			names = append(names, [2]int{i, i + eq})
		} else {
			names = append(names, [2]int{i, end})
		}
		if end >= len(flat) || flat[end] == '#' {
			break
		}
		i = end + 1
	}
	return names
}

func isScheme(s string) bool {
	for i := 0; i < len(s); i++ {
		c := lower(s[i])
		if !('a' <= c && c <= 'z' || i > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return false
		}
	}
	return s != ""
}

// IsInfobipCredentialParam reports whether a query-parameter name carries
// Infobip account credentials (username or password, any letter case).
func IsInfobipCredentialParam(name string) bool {
	return strings.EqualFold(name, "username") || strings.EqualFold(name, "password")
}

// IsBasicAuthValue reports whether the constant head of an Authorization
// header value selects the Basic scheme ("Basic " + credentials).
func IsBasicAuthValue(head string) bool {
	return len(head) > len("basic") && strings.EqualFold(head[:len("basic")], "basic") && (head[5] == ' ' || head[5] == '\t')
}
