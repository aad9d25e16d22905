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

func (c *Client) Messages() error {
	return c.get("https://api.whispir.com/messages?apikey=" + c.key)
}

// each calls fetch for every URL.
func each(urls []string, fetch func(string) error) error {
	for _, u := range urls {
		if err := fetch(u); err != nil {
			return err
		}
	}
	return nil
}

// Mirror fetches public pages: no key.
func (c *Client) Mirror() error {
	return each([]string{"https://www.example.com/a"}, c.get)
}
