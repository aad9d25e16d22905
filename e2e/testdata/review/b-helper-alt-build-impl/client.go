package repro

import "net/http"

type Client struct {
	hc  *http.Client
	key string
}

func (c *Client) Messages() error {
	return c.get("https://api.whispir.com/messages?apikey=" + c.key)
}
