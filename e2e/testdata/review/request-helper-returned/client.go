package repro

import (
	"io"
	"net/http"
)

type Client struct {
	key string
	hc  *http.Client
}

func (c *Client) newRequest(method, path string, body io.Reader) (*http.Request, error) {
	req, err := http.NewRequest(method, "https://api.whispir.com"+path+"?apikey="+c.key, body)
	if err != nil {
		return nil, err
	}
	return req, nil
}

func (c *Client) Messages() error {
	req, err := c.newRequest("GET", "/messages", nil)
	if err != nil {
		return err
	}
	req.Header = http.Header{"Accept": {"application/json"}}
	_, err = c.hc.Do(req)
	return err
}
