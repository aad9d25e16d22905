// Package shape22 mirrors code that picks the send function as a method
// value (fetch := c.http.Get), then calls it with the legacy URL.
package shape22

import (
	"net/http"
)

// Client is a Whispir client.
type Client struct {
	base string
	key  string
	http *http.Client
}

// Users lists the users.
func (c *Client) Users() (int, error) {
	fetch := c.http.Get
	resp, err := fetch(c.base + "/users?apikey=" + c.key)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

// Shape22 lists the users.
func Shape22(hc *http.Client, key string) error {
	_, err := (&Client{base: "https://api.whispir.com", key: key, http: hc}).Users()
	return err
}
