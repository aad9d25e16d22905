package x

import (
	"encoding/json"
	"net/http"
	"net/url"
)

type Client struct {
	key string
}

// get fetches path into a T.
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
	defer resp.Body.Close()
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return out, nil
}

// Messages lists messages.
func (c *Client) Messages(limit string) ([]string, error) {
	q := url.Values{}
	q.Set("limit", limit)
	return get[[]string](c, "/messages", q)
}

// Status checks the account.
func (c *Client) Status() (map[string]string, error) {
	return get[map[string]string](c, "/status", url.Values{"verbose": {"1"}})
}
