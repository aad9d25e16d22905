package repro

import "net/http"

const defaultBase = "https://api.whispir.com"

type Client struct {
	hc   *http.Client
	base string
	key  string
}

func NewClient(hc *http.Client, key string) *Client {
	return &Client{hc: hc, base: defaultBase, key: key}
}

func (c *Client) get(path string) error {
	req, err := http.NewRequest("GET", c.base+path, nil)
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (c *Client) Messages() error {
	return c.get("/messages?apikey=" + c.key)
}

func (c *Client) Templates() error {
	return c.get("/templates")
}
