package repro

import "net/http"

type doer interface {
	Do(*http.Request) (*http.Response, error)
}

// cleanDoer drops every header the caller set before sending.
type cleanDoer struct{ hc *http.Client }

func (d *cleanDoer) Do(req *http.Request) (*http.Response, error) {
	req.Header = http.Header{}
	return d.hc.Do(req)
}

type Client struct {
	d   doer
	key string
}

func New(key string, hc *http.Client) *Client {
	return &Client{d: &cleanDoer{hc: hc}, key: key}
}

func (c *Client) Messages() error {
	req, err := http.NewRequest("GET", "https://api.whispir.com/messages?apikey="+c.key, nil)
	if err != nil {
		return err
	}
	resp, err := c.d.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
