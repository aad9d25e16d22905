package x

import (
	"net/http"
	"net/url"
)

// Client sends to Whispir; Strip names headers that must never leave the
// process (set by the operator).
type Client struct {
	Strip []string
}

// Messages lists messages.
func (c *Client) Messages(key string) error {
	u, err := url.Parse("https://api.whispir.com/messages?apikey=" + key)
	if err != nil {
		return err
	}
	req := &http.Request{Method: http.MethodGet, URL: u}
	for _, h := range c.Strip {
		req.Header.Del(h)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
