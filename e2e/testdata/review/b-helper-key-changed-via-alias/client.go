package repro

import "net/http"

type config struct {
	key  string
	next string // the key to use from the next request on
}

type Client struct {
	hc  *http.Client
	cfg *config
}

func (c *Client) get(u string) error {
	cfg := c.cfg
	if cfg.next != "" {
		cfg.key, cfg.next = cfg.next, ""
	}
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
	return c.get("https://api.whispir.com/messages?apikey=" + c.cfg.key)
}
