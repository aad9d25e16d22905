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

// Rotate switches to a new key and, on the way out, acknowledges the
// rotation with the old one.
func (c *Client) Rotate(next string) {
	u := "https://api.whispir.com/keys/ack?apikey=" + c.key
	defer func() {
		c.get(u)
	}()
	c.key = next
}
