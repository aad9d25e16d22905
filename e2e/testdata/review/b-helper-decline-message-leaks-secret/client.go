package repro

import "net/http"

type Client struct {
	hc   *http.Client
	key  string
	next string // the key to use from the next request on
}

func (c *Client) get(u string) error {
	if c.next != "" {
		c.key, c.next = c.next, ""
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

// NewClient returns a client with the staging account's key.
func NewClient(hc *http.Client) *Client {
	return &Client{hc: hc, key: "Zq8vLk3mNp7rTs2wXy5bCd9f"}
}

func (c *Client) Messages() error {
	return c.get("https://api.whispir.com/messages?apikey=" + c.key)
}
