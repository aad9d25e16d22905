package repro

import "net/http"

const base = "https://api.whispir.com"

// Client is generic over its payload type.
type Client[T any] struct{ key string }

func (c *Client[T]) send(u string) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (c *Client[T]) Messages(key string) error {
	return c.send(base + "/messages?apikey=" + key)
}

func (c *Client[T]) Beat() error {
	return c.send("https://status.example.com/beat")
}
