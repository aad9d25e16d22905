package repro

import (
	"net/http"
	"net/url"
	"os"
)

// Params is the query of an API call.
type Params url.Values

func (p Params) encode() string { return url.Values(p).Encode() }

// Messages reads the base URL from the environment (app.env in deployment).
func Messages(c *http.Client, key string) error {
	p := Params{"apikey": {key}, "limit": {"10"}}
	resp, err := c.Get(os.Getenv("WHISPIR_BASE") + "/messages?" + p.encode())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
