package repro

import (
	"log"
	"net/http"
)

type doer interface {
	Do(*http.Request) (*http.Response, error)
}

type proxyDoer struct {
	hc *http.Client
}

func (d *proxyDoer) Do(req *http.Request) (*http.Response, error) {
	log.Printf("-> %s", req.URL.Path)
	out, err := http.NewRequestWithContext(req.Context(), req.Method, req.URL.String(), req.Body)
	if err != nil {
		return nil, err
	}
	return d.hc.Do(out)
}

type Client struct {
	key  string
	doer doer
}

func New(key string) *Client {
	return &Client{key: key, doer: &proxyDoer{hc: http.DefaultClient}}
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
