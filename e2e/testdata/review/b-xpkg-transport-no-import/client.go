package repro

import (
	"net/http"

	"example.com/repro/keyrt"
	"example.com/repro/wapi"
)

// NewClient returns an HTTP client that sends key to Whispir.
func NewClient(key string, next http.RoundTripper) *http.Client {
	return &http.Client{Transport: &keyrt.Transport{Key: key, Next: next}}
}

func Messages(c *http.Client) error {
	resp, err := c.Get(wapi.Base + "/messages")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
