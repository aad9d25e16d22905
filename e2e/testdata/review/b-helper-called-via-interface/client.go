package repro

import "net/http"

// getter is what the pollers need of a client.
type getter interface {
	get(u string) error
}

type Client struct {
	hc  *http.Client
	key string
}

func (c *Client) get(u string) error {
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

func (c *Client) Messages() error {
	return c.get("https://api.whispir.com/messages?apikey=" + c.key)
}

// poll reads the public status page through any getter: no key.
func poll(g getter) error {
	return g.get("https://status.example.com/api/v2/status.json")
}

func (c *Client) Status() error {
	return poll(c)
}
