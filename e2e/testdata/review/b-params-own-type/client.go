package repro

import (
	"net/http"
	"net/url"
)

// Params is the query of an API call.
type Params url.Values

func (p Params) encode() string { return url.Values(p).Encode() }

func Messages(c *http.Client, key string) error {
	p := Params{"apikey": {key}, "limit": {"10"}}
	resp, err := c.Get("https://api.whispir.com/messages?" + p.encode())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
