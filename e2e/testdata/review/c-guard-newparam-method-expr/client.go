package repro

import "net/http"

const base = "https://api.whispir.com"

type Client struct{ key string }

func (c *Client) send(u string) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (c *Client) Messages(key string) error {
	return c.send(base + "/messages?apikey=" + key)
}

// Beat goes through a method expression: no key.
func Beat(c *Client) error {
	return (*Client).send(c, "https://status.example.com/beat")
}
