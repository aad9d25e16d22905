package repro

import (
	"net/http"
	"net/url"
)

type Client struct {
	hc  *http.Client
	key string
}

// Messages sends the key when the client has one (a proxy adds it otherwise).
func (c *Client) Messages() error {
	u, err := url.Parse("https://api.whispir.com/messages")
	if err != nil {
		return err
	}
	q := u.Query()
	if c.key != "" {
		q.Set("apikey", c.key)
	}
	u.RawQuery = q.Encode()
	resp, err := c.hc.Get(u.String())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
