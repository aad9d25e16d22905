package repro

import (
	"net/http"
	"net/url"
)

// Messages lists the messages, the key in the query (the legacy way).
func Messages(c *http.Client, key string) error {
	u, err := url.Parse("https://api.whispir.com/messages")
	if err != nil {
		return err
	}
	q := u.Query()
	q.Set("apikey", key)
	u.RawQuery = q.Encode()
	req, err := http.NewRequest("GET", u.String(), nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
