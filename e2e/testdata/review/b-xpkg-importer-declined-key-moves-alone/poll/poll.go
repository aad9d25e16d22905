// Package poll uses package repro, and keeps a key in a query that
// whispirlint cannot migrate (the key is computed).
package poll

import (
	"net/http"
	"strings"

	"example.com/repro"
)

// Status lists the messages, then reads a message's status.
func Status(c *http.Client, key string) error {
	if err := repro.Messages(c, key); err != nil {
		return err
	}
	resp, err := c.Get("https://api.whispir.com/messages/42/messagestatus?apikey=" + strings.TrimSpace(key))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
