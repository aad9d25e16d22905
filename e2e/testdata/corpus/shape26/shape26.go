// Package shape26 mirrors SDKs with a typed secret that redacts itself: type APIKey string whose String()
// masks the value for logs; the URL uses string(key).
package shape26

import (
	"net/http"
)

// APIKey is a Whispir API key; it prints masked.
type APIKey string

func (k APIKey) String() string { return "****" }

// Client is a Whispir client.
type Client struct {
	Key  APIKey
	HTTP *http.Client
}

// Messages lists the messages.
func (c *Client) Messages() error {
	resp, err := c.HTTP.Get("https://api.whispir.com/messages?apikey=" + string(c.Key))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Shape26 lists the messages with a typed key.
func Shape26(hc *http.Client, key string) error {
	return (&Client{Key: APIKey(key), HTTP: hc}).Messages()
}
