package repro

import "net/http"

type client struct {
	base string
	key  string
}

func newClient(base, key string) *client { return &client{base: base, key: key} }

// Whispir talks to Whispir with the key.
func Whispir(key string) error {
	c := newClient("https://api.whispir.com", key)
	resp, err := http.Get(c.base + "/messages?apikey=" + c.key)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Status pings a status page through the same client type, no key.
func Status() error {
	c := newClient("https://status.example.com", "")
	resp, err := http.Get(c.base + "/ping")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
