// Package wl02_oneline writes statements on one line, unformatted: the
// key's statement goes with its semicolon, in one run.
package wl02_oneline

import (
	"net/http"
	"net/url"
)

func List(c *http.Client, key string) error {
	u, err := url.Parse("https://api.au.whispir.com/messages")
	if err != nil {
		return err
	}
	q := u.Query(); q.Set("apikey", key); q.Set("limit", "5") // want `WL02: Whispir API key sent as a query parameter`
	u.RawQuery = q.Encode()
	req, err := http.NewRequest(http.MethodGet, u.String(), nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
