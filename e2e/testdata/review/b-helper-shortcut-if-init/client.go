package repro

import (
	"errors"
	"net/http"
)

type Client struct {
	hc  *http.Client
	key string
}

var errStatus = errors.New("unexpected status")

func (c *Client) get(u string) error {
	if resp, err := c.hc.Get(u); err != nil {
		return err
	} else if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return errStatus
	} else {
		return resp.Body.Close()
	}
}

func (c *Client) Messages() error {
	return c.get("https://api.whispir.com/messages?apikey=" + c.key)
}
