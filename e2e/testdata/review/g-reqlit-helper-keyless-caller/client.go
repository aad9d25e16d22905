package x

import (
	"net/http"
	"net/url"
)

type Client struct {
	key string
}

// send sends a GET to u.
func (c *Client) send(u *url.URL) error {
	req := &http.Request{Method: http.MethodGet, URL: u}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Messages lists messages.
func (c *Client) Messages() error {
	u, err := url.Parse("https://api.whispir.com/messages?apikey=" + c.key)
	if err != nil {
		return err
	}
	return c.send(u)
}

// Geo looks an address up with another service.
func (c *Client) Geo() error {
	u, err := url.Parse("https://maps.example.org/geocode?q=sydney")
	if err != nil {
		return err
	}
	return c.send(u)
}
