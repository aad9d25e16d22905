// Package mini is the smallest legacy Whispir client: one request that sends
// the API key in the query string to the retired host.
package mini

import (
	"io"
	"net/http"
)

// Send asks Whispir for the workspace's messages.
func Send(key string) (string, error) {
	resp, err := http.Get("https://api.whispir.com/messages?apikey=" + key)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	return string(body), err
}
