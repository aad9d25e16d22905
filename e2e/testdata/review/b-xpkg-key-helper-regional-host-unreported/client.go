package repro

import (
	"net/http"
	"net/url"

	"example.com/repro/wapi"
)

// Messages lists the messages, the key in the query (the legacy way).
func Messages(c *http.Client, key string) error {
	u, err := url.Parse("https://api.us.whispir.com/messages")
	if err != nil {
		return err
	}
	q := u.Query()
	wapi.WithKey(q, key)
	u.RawQuery = q.Encode()
	resp, err := c.Get(u.String())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
