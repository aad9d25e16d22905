package repro

import "net/http"

// base sends requests; its key is a stale default that Client overrides.
type base struct {
	hc  *http.Client
	key string
}

type Client struct {
	base
	key string
}

func (b *base) get(u string) error {
	req, err := http.NewRequest("GET", u, nil)
	if err != nil {
		return err
	}
	resp, err := b.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (c *Client) Messages() error {
	return c.get("https://api.whispir.com/messages?apikey=" + c.key)
}
