package repro

import "net/http"

type Client struct {
	hc   *http.Client
	key  string
	next string
}

// take returns p's value and replaces it with next.
func take(p *string, next string) string {
	old := *p
	*p = next
	return old
}

func (c *Client) get(u string) error {
	if c.next != "" {
		take(&c.key, c.next)
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
