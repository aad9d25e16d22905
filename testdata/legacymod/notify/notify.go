// Package notify calls Whispir with the net/http shortcuts.
package notify

import (
	"net/http"
	"strings"
)

var endpoint = "http://api.whispir.com/messages"

// Ping checks the API with http.Get and a key appended last.
func Ping(key string) (int, error) {
	resp, err := http.Get("https://api.whispir.com/workspaces?apikey=" + key)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

// Send posts a JSON body with http.Post; the key comes first in the query.
func Send(key, body string) error {
	resp, err := http.Post(endpoint+"?apikey="+key+"&priority=high", "application/vnd.whispir.message-v1+json", strings.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Exists probes a resource with a client's Head.
func Exists(c *http.Client, key, id string) (bool, error) {
	resp, err := c.Head("https://api.whispir.com/contacts/" + id + "?apikey=" + key)
	if err != nil {
		return false, err
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK, nil
}
