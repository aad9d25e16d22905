package repro

import "net/http"

type client struct {
	base string
	key  string
}

func newClient(base, key string) *client { return &client{base: base, key: key} }

var def = newClient("https://api.whispir.com", "k-123")

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
