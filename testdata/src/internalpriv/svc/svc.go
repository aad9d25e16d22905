// Package svc uses the internal client.
package svc

import (
	"net/http"

	"internalpriv/internal/wclient"
)

// Ping posts to another service through the client's helper.
func Ping(hc *http.Client) error {
	resp, err := wclient.Post(hc, "https://status.example.com/ping")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
