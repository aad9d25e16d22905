// Package wl02_formatconst keeps its URL formats in constants: one used by
// a single call is rewritten with it; one shared by two calls is left by
// hand, and its %s is a placeholder, not a key written in the source.
package wl02_formatconst

import (
	"fmt"
	"net/http"
	"strings"
)

const (
	sendURL  = "https://api.whispir.com/cgi-bin/message/send?apikey=%s"           // want `WL02: Whispir API key sent as a query parameter`
	listURL  = "https://api.whispir.com/cgi-bin/message/list?apikey=%s&offset=%d" // want `WL02: Whispir API key sent as a query parameter`
	twiceURL = "https://api.whispir.com/twice?apikey=%s"                          // want `WL02: .*the key is a placeholder \(%s\) filled where the URL is used`
)

type Client struct {
	token string
	hc    *http.Client
}

func (c *Client) Send(body string) error {
	uri := fmt.Sprintf(sendURL, c.token)
	resp, err := c.hc.Post(uri, "application/json", strings.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (c *Client) List(offset int) error {
	resp, err := c.hc.Get(fmt.Sprintf(listURL, c.token, offset))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (c *Client) A() error {
	_, err := c.hc.Get(fmt.Sprintf(twiceURL, c.token)) // want `WL02: .*the parameter is part of the constant twiceURL`
	return err
}

func (c *Client) B() error {
	_, err := c.hc.Get(fmt.Sprintf(twiceURL, c.token)) // want `WL02: .*the parameter is part of the constant twiceURL`
	return err
}
