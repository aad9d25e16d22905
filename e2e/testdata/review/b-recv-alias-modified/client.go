package repro

import "net/http"

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

// Messages reads with the key of another workspace through a copy of c.
func (c *Client) Messages(wsKey string) error {
	c2 := *c
	c2.key = wsKey
	return c2.get("https://api.whispir.com/messages?apikey=" + c.key)
}
