package repro

import (
	"encoding/json"
	"net/http"
)

type Client struct {
	hc  *http.Client
	key string
}

type page struct {
	Items []string
	Next  string
}

// get sends GET u with the client's HTTP client.
func (c *Client) get(u string) (*http.Response, error) {
	return c.hc.Get(u)
}

// list decodes one page.
func (c *Client) list(u string) (page, int, error) {
	resp, err := c.get(u)
	if err != nil {
		return page{}, 0, err
	}
	defer resp.Body.Close()
	var p page
	err = json.NewDecoder(resp.Body).Decode(&p)
	return p, resp.StatusCode, err
}

func (c *Client) Messages() (page, error) {
	p, _, err := c.list("https://api.whispir.com/messages?apikey=" + c.key)
	return p, err
}
