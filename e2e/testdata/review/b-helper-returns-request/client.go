package repro

import "net/http"

type Client struct {
	hc  *http.Client
	key string
}

// newRequest builds a GET request; callers send it.
func (c *Client) newRequest(u string) (*http.Request, error) {
	req, err := http.NewRequest("GET", u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/vnd.whispir.message-v1+json")
	return req, nil
}

func (c *Client) Messages() error {
	req, err := c.newRequest("https://api.whispir.com/messages?apikey=" + c.key)
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Probe checks that the proxy answers: no key.
func (c *Client) Probe() error {
	req, err := c.newRequest("https://proxy.example.com/ping")
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
