package client

import "net/http"

type Client struct {
	base string
	key  string
}

func New(base, key string) *Client { return &Client{base: base, key: key} }

func (c *Client) Messages() error {
	resp, err := http.Get(c.base + "/messages?apikey=" + c.key)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Contacts hands the URL to a closure: declined.
func (c *Client) Contacts() error {
	u := c.base + "/contacts?apikey=" + c.key
	send := func() error {
		resp, err := http.Get(u)
		if err != nil {
			return err
		}
		return resp.Body.Close()
	}
	return send()
}
