package repro

import (
	"net/http"
	"sync"
)

type Client struct {
	hc  *http.Client
	key string
}

func (c *Client) get(u string) error {
	req, err := http.NewRequest("GET", u, nil)
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (c *Client) Messages() error {
	return c.get("https://api.whispir.com/messages?apikey=" + c.key)
}

// Warm pings the CDN in the background: no key.
func (c *Client) Warm() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		c.get("https://cdn.example.com/warm")
	}()
	wg.Wait()
}
