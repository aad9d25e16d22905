package promo

import (
	"net/http"
)

// Client talks to Whispir.
type Client struct {
	key string
	hc  *http.Client
}

// send sends a GET with the given headers.
func (c *Client) send(u string, headers map[string]string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	return c.hc.Do(req)
}

// Messages lists messages.
func (c *Client) Messages() error {
	resp, err := c.send("https://api.whispir.com/messages?apikey="+c.key, map[string]string{"Accept": "application/json"})
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

type sender interface {
	send(u string, headers map[string]string) (*http.Response, error)
}

// traced wraps any sender; the promoted send goes through the interface.
type traced struct {
	sender
}

// Ping checks the status page through a traced sender, with its own headers.
func Ping(c *Client) error {
	t := traced{c}
	resp, err := t.send("https://status.example.com/ping", map[string]string{"Accept": "text/plain"})
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
