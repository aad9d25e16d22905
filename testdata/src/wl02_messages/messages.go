// Package wl02_messages prints its URL in a log line and an error: a
// message, not a request, so the fix follows the URL past them.
package wl02_messages

import (
	"fmt"
	"log"
	"net/http"
)

func Update(c *http.Client, key, domain string) error {
	u := "https://api.whispir.com/update?domains=" + domain + "&apikey=" + key // want `WL02: Whispir API key sent as a query parameter`
	log.Printf("updating %s", u)
	resp, err := c.Get(u)
	if err != nil {
		return fmt.Errorf("GET %s: %w", u, err)
	}
	return resp.Body.Close()
}
