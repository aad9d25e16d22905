package repro

import (
	"net/http"
)

type doer interface {
	Do(*http.Request) (*http.Response, error)
}

type doerFunc func(*http.Request) (*http.Response, error)

func (f doerFunc) Do(r *http.Request) (*http.Response, error) { return f(r) }

type Client struct {
	key  string
	doer doer
}

func New(key string) *Client {
	return &Client{key: key, doer: doerFunc(func(r *http.Request) (*http.Response, error) {
		r.Header = http.Header{"User-Agent": {"x"}}
		return http.DefaultClient.Do(r)
	})}
}

func (c *Client) Messages() error {
	req, err := http.NewRequest("GET", "https://api.whispir.com/messages?apikey="+c.key, nil)
	if err != nil {
		return err
	}
	resp, err := c.doer.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
