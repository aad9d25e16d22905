package repro

import (
	"net/http"
	"net/url"
)

// Client sends Whispir requests with its key.
type Client struct {
	hc  *http.Client
	key string
}

// Status reads a message's status.
func (c *Client) Status() error {
	u, err := url.Parse("https://api.whispir.com/messages/42/messagestatus")
	if err != nil {
		return err
	}
	q := u.Query()
	q.Set("apikey", c.key)
	u.RawQuery = q.Encode()
	req, err := http.NewRequest("GET", u.String()+"&trace=1", nil)
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
