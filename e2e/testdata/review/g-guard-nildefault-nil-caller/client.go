package x

import (
	"net/http"
	"net/url"
)

type Client struct {
	key      string
	defaults url.Values
}

func get[T any](c *Client, path string, q url.Values) (T, error) {
	var out T
	if q == nil {
		q = url.Values{}
	}
	q.Set("apikey", c.key)
	resp, err := http.Get("https://api.whispir.com" + path + "?" + q.Encode())
	if err != nil {
		return out, err
	}
	return out, resp.Body.Close()
}

// Messages passes the client's shared defaults.
func (c *Client) Messages() error {
	_, err := get[int](c, "/messages", c.defaults)
	return err
}

// Status passes no query.
func (c *Client) Status() error {
	fetch := get[string]
	_, err := fetch(c, "/status", url.Values{})
	return err
}

// Again shows what the defaults hold now.
func (c *Client) Again() error {
	_, err := get[int](c, "/again", nil)
	return err
}
