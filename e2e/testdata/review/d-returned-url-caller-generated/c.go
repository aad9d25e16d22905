package repro

import "net/http"

const base = "https://api.whispir.com"

type C struct{ key string }

func (c *C) url(p string) (string, error) {
	u := base + p + "?apikey=" + c.key
	return u, nil
}

func (c *C) Get() error {
	u, err := c.url("/x")
	if err != nil {
		return err
	}
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
