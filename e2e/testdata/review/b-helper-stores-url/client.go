package repro

import "net/http"

type Client struct {
	hc   *http.Client
	key  string
	last string // the last URL sent, for Again
}

func (c *Client) get(u string) error {
	c.last = u
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

// Again resends the last request.
func (c *Client) Again() error {
	resp, err := c.hc.Get(c.last)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (c *Client) Messages() error {
	return c.get("https://api.whispir.com/messages?apikey=" + c.key)
}
