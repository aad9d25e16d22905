// Package wl02_conditions adds the key under a condition the request is
// not built under: no header may go on the requests that never had it.
package wl02_conditions

import (
	"net/http"
	"net/url"
)

func List(c *http.Client, key string, signed bool) error {
	u, err := url.Parse("https://api.whispir.com/messages") // want `WL01: retired Whispir host api.whispir.com: .*line \d+, which needs a change by hand`
	if err != nil {
		return err
	}
	q := u.Query()
	if signed {
		q.Set("apikey", key) // want `WL02: .*the key is added under a condition the request is not built under`
	}
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

func List2(c *http.Client, key string) error {
	target := "https://api.whispir.com/contacts" // want `WL01: retired Whispir host api.whispir.com: .*line \d+, which needs a change by hand`
	if key != "" {
		target = target + "?apikey=" + key // want `WL02: Whispir API key sent as a query parameter`
	}
	resp, err := c.Get(target)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
