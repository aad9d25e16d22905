package wl02_callee

import (
	"net/http"
	"net/url"
)

const rotorBase = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: .*line \d+, which needs a change by hand`

// Refused: the helper rotates the field its caller passes the key from,
// and would name again for the header.
type RotatingClient struct{ key string }

func (c *RotatingClient) rotorURL(path, key string) (*url.URL, error) {
	u, err := url.Parse(rotorBase + path)
	if err != nil {
		return nil, err
	}
	q := u.Query()
	q.Set("apikey", key) // want `WL02: .*c.key may change at line \d+ in rotorURL`
	u.RawQuery = q.Encode()
	c.key = "next-" + c.key
	return u, nil
}

func (c *RotatingClient) Messages() error {
	u, err := c.rotorURL("/messages", c.key)
	if err != nil {
		return err
	}
	req, err := http.NewRequest(http.MethodGet, u.String(), nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
