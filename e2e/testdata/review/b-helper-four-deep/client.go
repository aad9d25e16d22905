package repro

import "net/http"

type Client struct {
	hc  *http.Client
	key string
}

func (c *Client) do(u string) error {
	req, err := http.NewRequest("GET", u, nil)
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (c *Client) send(u string) error  { return c.do(u) }
func (c *Client) get(u string) error   { return c.send(u) }
func (c *Client) fetch(u string) error { return c.get(u) }

func (c *Client) Messages() error {
	return c.fetch("https://api.whispir.com/messages?apikey=" + c.key)
}

func (c *Client) Templates() error {
	return c.get("https://api.whispir.com/templates?apikey=" + c.key)
}
