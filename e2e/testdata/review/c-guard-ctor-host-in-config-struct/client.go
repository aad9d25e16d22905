package repro

import "net/http"

type Config struct {
	Base string
	Key  string
}

type client struct {
	base string
	key  string
}

func newClient(cfg Config) *client { return &client{base: cfg.Base, key: cfg.Key} }

var def = newClient(Config{Base: "https://api.whispir.com", Key: "k-123"})

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
