package repro

import (
	"net/http"
	"testing"
)

// ping is used by integration tests against the live API.
func ping(t *testing.T, c *Client) *http.Request {
	t.Helper()
	resp, err := c.hc.Get(c.url("/ping"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.Request
}
