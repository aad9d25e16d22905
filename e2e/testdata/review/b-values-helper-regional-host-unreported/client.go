package repro

import (
	"net/http"
	"net/url"
)

// query returns the query of a request, with the API key.
func query(key string) url.Values {
	q := url.Values{}
	q.Set("apikey", key)
	return q
}

// Messages lists the messages, the key in the query (the legacy way).
func Messages(c *http.Client, key string) error {
	resp, err := c.Get("https://api.us.whispir.com/messages?" + query(key).Encode())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
