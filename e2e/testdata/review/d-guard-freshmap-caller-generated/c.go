package repro

import (
	"net/http"
	"net/url"
)

const base = "https://api.whispir.com"

type C struct{ key string }

func (c *C) get(path string, q url.Values) error {
	q.Set("apikey", c.key)
	resp, err := http.Get(base + path + "?" + q.Encode())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (c *C) Messages() error {
	q := url.Values{}
	q.Set("limit", "10")
	return c.get("/messages", q)
}
