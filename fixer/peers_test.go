package fixer

import (
	"reflect"
	"strings"
	"testing"
)

func TestClassifyPeerHost(t *testing.T) {
	for host, want := range map[string]Peer{
		"api.infobip.com":             Infobip,
		"API.Infobip.COM:443":         Infobip,
		"api.infobip.com.":            Infobip,
		"xk2p9.api.infobip.com":       Infobip,
		"fax.api.sinch.com":           Sinch,
		"us.sms.api.sinch.com":        Sinch,
		"zt.eu.sms.api.sinch.com":     Sinch,
		"auth.sinch.com":              SinchAuth,
		"api.infobip.com.example.net": NoPeer,
		"myapi.infobip.com":           NoPeer,
		"portal.infobip.com":          NoPeer,
		"notsinch.com":                NoPeer,
		"api.sinch.com":               NoPeer,
		"fax.api.sinch.com.evil.net":  NoPeer,
		".api.sinch.com":              NoPeer,
		"a..api.infobip.com":          NoPeer,
		"fax_x.api.sinch.com":         NoPeer,
	} {
		if got := ClassifyPeerHost(host); got != want {
			t.Errorf("ClassifyPeerHost(%q) = %v, want %v", host, got, want)
		}
	}
}

// holeParts builds parts from a template where each "{}" is a hole.
func holeParts(tmpl string) []Part {
	var ps []Part
	for i, text := range strings.Split(tmpl, "{}") {
		if i > 0 {
			ps = append(ps, Part{Hole: true})
		}
		if text != "" {
			ps = append(ps, Part{Text: text})
		}
	}
	return ps
}

func TestParsePeerURL(t *testing.T) {
	for _, tc := range []struct {
		in     string
		bare   bool
		peer   Peer
		lead   int
		params []Param
	}{
		{in: "https://api.infobip.com/sms/1/text/query?username={}&password={}", peer: Infobip, lead: -1,
			params: []Param{{"username", 0}, {"password", 2}}},
		{in: "http://xk2p9.api.infobip.com/sms/1/text/query?to=1&username=u&password=p#frag&username=x", peer: Infobip, lead: -1,
			params: []Param{{"to", 0}, {"username", 0}, {"password", 0}}},
		{in: "https://{}.api.infobip.com/x?password={}", peer: Infobip, lead: -1, params: []Param{{"password", 2}}},
		{in: "https://{}.sms.api.sinch.com/xms/v1/{}/batches", peer: Sinch, lead: -1},
		{in: "https://{}api.sinch.com/x", peer: NoPeer, lead: -1},
		{in: "{}/sms/1/text/query?username={}", peer: NoPeer, lead: 0, params: []Param{{"username", 1}}},
		{in: "{}sms/1/text/query", peer: NoPeer, lead: 0},
		{in: "https://{}/v3/faxes", peer: NoPeer, lead: 1},
		{in: "https://{}:8443/v3/faxes", peer: NoPeer, lead: 1},
		{in: "api.infobip.com/sms/1/text/query?username=a", peer: Infobip, lead: -1, params: []Param{{"username", 0}}},
		{in: "HTTPS://user:pw@fax.api.sinch.com/v3", peer: Sinch, lead: -1},
		{in: "username={}&password={}", bare: true, lead: -1, params: []Param{{"username", 0}, {"password", 2}}},
		{in: "https://auth.sinch.com/oauth2/token", peer: SinchAuth, lead: -1},
		{in: "https://api.infobip.com.example.net/x?username=a", peer: NoPeer, lead: -1, params: []Param{{"username", 0}}},
		{in: "https://api.infobip.com/x?{}=a&{}name=b", peer: Infobip, lead: -1},
	} {
		got, ok := ParsePeerURL(holeParts(tc.in), tc.bare)
		want := PeerURL{Peer: tc.peer, Lead: tc.lead, Params: tc.params}
		if !ok || !reflect.DeepEqual(got, want) {
			t.Errorf("ParsePeerURL(%q, %v) = %+v, %v; want %+v", tc.in, tc.bare, got, ok, want)
		}
	}
	for _, in := range []string{
		"",
		"see https://api.infobip.com/sms/1/text/query?username=u&password=p",
		"https://api.infobip.com/sms/1/text/query?username=USER&password=PASS is retired",
		"line one\nhttps://fax.api.sinch.com",
	} {
		if got, ok := ParsePeerURL(holeParts(in), false); ok {
			t.Errorf("ParsePeerURL(%q) = %+v, want refused", in, got)
		}
	}
}

func TestClassifyPeerHostParts(t *testing.T) {
	for tmpl, want := range map[string]Peer{
		"api.infobip.com":         Infobip,
		"{}.api.infobip.com":      Infobip,
		"{}.sms.api.sinch.com":    Sinch,
		"zt.{}.sms.api.sinch.com": Sinch,
		"{}api.infobip.com":       NoPeer,
		"{}":                      NoPeer,
		"{}.sinch.com":            NoPeer,
		"api.infobip.com.{}":      NoPeer,
	} {
		if got := ClassifyPeerHostParts(holeParts(tmpl)); got != want {
			t.Errorf("ClassifyPeerHostParts(%q) = %v, want %v", tmpl, got, want)
		}
	}
}

func TestIsBasicAuthValue(t *testing.T) {
	for in, want := range map[string]bool{
		"Basic ":       true,
		"basic dXM6cA": true,
		"BASIC\tx":     true,
		"Basic":        false,
		"Basically":    false,
		"Bearer x":     false,
		"":             false,
	} {
		if got := IsBasicAuthValue(in); got != want {
			t.Errorf("IsBasicAuthValue(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestMentionsPeer(t *testing.T) {
	for in, want := range map[string]bool{
		"https://x.api.INFOBIP.com": true,
		"SINCH_KEY_ID":              true,
		"https://api.whispir.com":   false,
		"":                          false,
	} {
		if got := MentionsPeer(in); got != want {
			t.Errorf("MentionsPeer(%q) = %v, want %v", in, got, want)
		}
	}
}

func FuzzParsePeerURL(f *testing.F) {
	for _, s := range []string{
		"https://api.infobip.com/sms/1/text/query?username={}&password={}",
		"{}/x?a=b#c", "https://{}.sms.api.sinch.com", "a=b&c", "https://u@{}:1/?",
	} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, tmpl string, bare bool) {
		ps := holeParts(tmpl)
		u, ok := ParsePeerURL(ps, bare)
		if !ok {
			return
		}
		if u.Lead >= len(ps) || u.Lead >= 0 && !ps[u.Lead].Hole {
			t.Fatalf("Lead %d is not a hole of %q", u.Lead, tmpl)
		}
		for _, p := range u.Params {
			if p.Part < 0 || p.Part >= len(ps) || ps[p.Part].Hole || !strings.Contains(ps[p.Part].Text, p.Name) {
				t.Fatalf("param %+v not in its part of %q", p, tmpl)
			}
		}
	})
}
