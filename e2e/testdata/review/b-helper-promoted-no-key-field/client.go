package repro

import "net/http"

// transport sends requests for every client type that embeds it.
type transport struct {
	hc *http.Client
}

func (t *transport) get(u string) error {
	req, err := http.NewRequest("GET", u, nil)
	if err != nil {
		return err
	}
	resp, err := t.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

type Client struct {
	transport
	key string
}

func (c *Client) Messages() error {
	return c.get("https://api.whispir.com/messages?apikey=" + c.key)
}
