package repro

import (
	"net/http"
)

type Client struct {
	key string
	hc  *http.Client
}

func (c *Client) url(path string) string {
	return "https://api.whispir.com" + path + "?apikey=" + c.key
}

func (c *Client) Messages() error {
	req, err := http.NewRequest("GET", c.url("/messages"), nil)
	if err != nil {
		return err
	}
	_, err = c.hc.Do(req)
	return err
}

func (c *Client) Contacts() error {
	resp, err := c.hc.Get(c.url("/contacts") + "&limit=5")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Templates(k string, c *http.Client) error {
	u := "https://api.whispir.com/templates?apikey=" + k
	resp, err := c.Get(u + "&limit=5")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
