package repro

import (
	"net/http"
	"testing"
)

var lastURL string

// livePing is used by integration tests against the live API.
func livePing(t *testing.T, c *http.Client, k string) {
	t.Helper()
	lastURL = Base + "/ping?apikey=" + k
	resp, err := c.Get(lastURL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
}
