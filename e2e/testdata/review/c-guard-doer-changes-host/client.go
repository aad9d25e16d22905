package repro

import "net/http"

type doer interface {
	Do(*http.Request) (*http.Response, error)
}

// proxyDoer sends every request through the proxy host when one is set.
type proxyDoer struct {
	hc    *http.Client
	proxy string
}

func (d *proxyDoer) Do(req *http.Request) (*http.Response, error) {
	if d.proxy != "" {
		req.URL.Host = d.proxy
	}
	return d.hc.Do(req)
}

type Client struct {
	d   doer
	key string
}

func New(key, proxy string, hc *http.Client) *Client {
	return &Client{d: &proxyDoer{hc: hc, proxy: proxy}, key: key}
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
