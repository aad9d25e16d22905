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
