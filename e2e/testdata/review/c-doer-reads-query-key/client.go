package repro

import (
	"errors"
	"net/http"
)

type doer interface {
	Do(*http.Request) (*http.Response, error)
}

// guardDoer refuses to send a request without a key.
type guardDoer struct{ hc *http.Client }

func (d *guardDoer) Do(req *http.Request) (*http.Response, error) {
	if req.URL.Query().Get("apikey") == "" {
		return nil, errors.New("no API key")
	}
	return d.hc.Do(req)
}

type Client struct {
	d   doer
	key string
}

func New(key string, hc *http.Client) *Client {
	return &Client{d: &guardDoer{hc: hc}, key: key}
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
