package repro

import "net/http"

type Client struct {
	hc      *http.Client
	key     string
	spare   string
	retries int
}

// rotate switches to the spare key after a failure.
func (c *Client) rotate() {
	if c.spare != "" {
		c.key, c.spare = c.spare, c.key
	}
}

func (c *Client) get(u string) error {
	var err error
	for i := 0; i <= c.retries; i++ {
		var req *http.Request
		req, err = http.NewRequest("GET", u, nil)
		if err != nil {
			return err
		}
		var resp *http.Response
		resp, err = c.hc.Do(req)
		if err == nil {
			return resp.Body.Close()
		}
		c.rotate()
	}
	return err
}

func (c *Client) Messages() error {
	return c.get("https://api.whispir.com/messages?apikey=" + c.key)
}
