package repro

import (
	"net/http"
	"net/url"
)

type Client struct {
	hc  *http.Client
	key string
}

// get sends GET base+path with the query q.
func (c *Client) get(path string, q url.Values) error {
	req, err := http.NewRequest("GET", "https://api.whispir.com"+path+"?"+q.Encode(), nil)
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
	q := url.Values{}
	q.Set("apikey", c.key)
	q.Set("limit", "10")
	return c.get("/messages", q)
}

func (c *Client) Templates() error {
	return c.get("/templates", url.Values{"apikey": {c.key}})
}
