package wl02_flow

import (
	"net/http"
	"net/url"
	"strings"
)

const base = "https://api.au.whispir.com"

// Have: a map assignment on url.Values.
func MapAssign(key string, c *http.Client) (*http.Response, error) {
	u, _ := url.Parse(base + "/messages")
	q := u.Query()
	q["apikey"] = []string{key} // want `WL02`
	u.RawQuery = q.Encode()
	return c.Get(u.String())
}

// Reported: strings.Builder.
func Builder(key string, c *http.Client) (*http.Response, error) {
	var sb strings.Builder
	sb.WriteString(base)
	sb.WriteString("/messages?apikey=") // want `WL02: .*does not show its host`
	sb.WriteString(key)
	return c.Get(sb.String())
}

// Reported: strings.Join.
func Join(key string, c *http.Client) (*http.Response, error) {
	return c.Get(strings.Join([]string{base, "messages?apikey=" + key}, "/")) // want `WL02: .*does not show its host`
}

// Have: comments inside the rewritten expressions are kept.
func Comments(key string, c *http.Client) (*http.Response, error) {
	u := "https://api.whispir.com/messages?apikey=" + key + // want `WL02`
		// TODO(ops): rotate quarterly, see INC-4211
		"&limit=10"
	return c.Get(u)
}

func CallComment(key string, c *http.Client) (*http.Response, error) {
	return c.Get(
		"https://api.whispir.com/messages?apikey=" + key, // want `WL02`
		// legacy endpoint, keep until 2025-06
	)
}
