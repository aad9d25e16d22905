package repro

import "net/http"

type client struct {
	base string
	key  string
}

func (c *client) setBase(base string) { c.base = base }

func newDefault(key string) *client {
	c := &client{key: key}
	c.setBase("https://api.whispir.com")
	return c
}

func (c *client) Messages() error {
	resp, err := http.Get(c.base + "/messages?apikey=" + c.key)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Contacts hands the URL to a closure: declined.
func (c *client) Contacts() error {
	u := c.base + "/contacts?apikey=" + c.key
	send := func() error {
		resp, err := http.Get(u)
		if err != nil {
			return err
		}
		return resp.Body.Close()
	}
	return send()
}
