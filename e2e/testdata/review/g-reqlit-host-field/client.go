package x

import (
	"net/http"
	"net/url"
	"os"
)

// Client talks to Whispir, optionally through a gateway that routes on
// the Host header.
type Client struct {
	Gateway string // e.g. "http://10.0.0.1:8080"; "" for none
	host    string // the Host header to send
}

func New() *Client {
	return &Client{Gateway: os.Getenv("WHISPIR_GATEWAY"), host: "api.whispir.com"}
}

// Messages lists messages.
func (c *Client) Messages(key string) error {
	u, err := url.Parse("https://api.whispir.com/messages?apikey=" + key)
	if err != nil {
		return err
	}
	req := &http.Request{Method: http.MethodGet, URL: u, Host: c.host}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
