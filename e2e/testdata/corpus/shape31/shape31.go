// Package shape31 mirrors clients with the endpoints as format-string
// constants (the Whispir samples' "/messages?apikey={0}"), used with
// fmt.Sprintf far from their declaration.
package shape31

import (
	"bytes"
	"fmt"
	"net/http"
)

const (
	apiBase          = "https://api.whispir.com"
	messagesEndpoint = "%s/workspaces/%s/messages?apikey=%s"
)

// Shape31 sends a message in workspace ws1 with Basic credentials.
func Shape31(hc *http.Client, key, user, pass string) error {
	req, err := http.NewRequest(http.MethodPost, fmt.Sprintf(messagesEndpoint, apiBase, "ws1", key),
		bytes.NewBufferString(`{"to":"61400000000","subject":"hi","body":"hello"}`))
	if err != nil {
		return err
	}
	req.SetBasicAuth(user, pass)
	req.Header.Set("Content-Type", "application/vnd.whispir.message-v1+json")
	req.Header.Set("Accept", "application/vnd.whispir.message-v1+json")
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
