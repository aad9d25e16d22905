// Package shape33 mirrors the official Whispir samples and the newer
// SDKs' request: http.NewRequestWithContext, a JSON body from
// json.Marshal, Basic credentials via SetBasicAuth, the vendor media type,
// and the key parameter spelled apiKey.
package shape33

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// Message is a Whispir message.
type Message struct {
	To      string `json:"to"`
	Subject string `json:"subject"`
	Body    string `json:"body"`
}

// Shape33 sends a message.
func Shape33(ctx context.Context, hc *http.Client, apiKey, user, pass string) error {
	body, err := json.Marshal(Message{To: "61400000000", Subject: "Test", Body: "hello"})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.whispir.com/messages?apiKey="+apiKey, bytes.NewReader(body))
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
