package repro

import "net/http"

type Client struct {
	hc   *http.Client
	keys map[string]string
}

func (c *Client) send(u, key string) error {
	for _, key := range []string{"trace"} {
		_ = key
		req, err := http.NewRequest("GET", u, nil)
		if err != nil {
			return err
		}
		resp, err := c.hc.Do(req)
		if err != nil {
			return err
		}
		resp.Body.Close()
	}
	return nil
}

func (c *Client) Messages(key string) error {
	return c.send("https://api.whispir.com/messages?apikey="+key, key)
}
