package repro

import (
	"net/http"
	"strings"
)

type Client struct {
	hc     *http.Client
	key    string
	mirror string // a read-only mirror host, if set
}

func (c *Client) get(u string) error {
	if c.mirror != "" {
		u = strings.Replace(u, "api.whispir.com", c.mirror, 1)
		u = u[:strings.Index(u, "?")]
	}
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

func (c *Client) Messages() error {
	return c.get("https://api.whispir.com/messages?apikey=" + c.key)
}
