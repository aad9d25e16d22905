//go:build tracing

package repro

import (
	"context"
	"log"
	"net/http"
)

func (c *Client) get(u string) error {
	req, err := http.NewRequestWithContext(context.Background(), "GET", u, nil)
	if err != nil {
		return err
	}
	log.Printf("GET %s", req.URL.Path)
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
