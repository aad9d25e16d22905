//go:build legacyapi

// Package legacy is the old poller, built only with -tags legacyapi.
package legacy

import (
	"net/http"

	"example.com/repro/wapi"
)

func Poll(c *http.Client, key string) error {
	resp, err := c.Get(wapi.Base + "/messages?apikey=" + key)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
