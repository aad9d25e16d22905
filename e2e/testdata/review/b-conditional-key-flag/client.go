package repro

import (
	"net/http"
	"net/url"
)

// Messages lists messages; only signed calls carry the key (the public
// status feed is read without it).
func Messages(c *http.Client, key string, signed bool) error {
	q := url.Values{}
	q.Set("limit", "10")
	if signed {
		q.Set("apikey", key)
	}
	req, err := http.NewRequest("GET", "https://api.whispir.com/messages?"+q.Encode(), nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
