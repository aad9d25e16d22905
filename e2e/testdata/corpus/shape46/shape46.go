// Package shape46 mirrors services that read their recipients from an
// internal HTTP service with the same client before calling Whispir
// (a non-Whispir request and a Whispir one in one function).
package shape46

import (
	"encoding/json"
	"net/http"
	"strings"
)

// Shape46 reads the on-call list, then sends it a message.
func Shape46(hc *http.Client, key string) error {
	resp, err := hc.Get("https://oncall.internal.example.com/api/v1/rota?team=ops")
	if err != nil {
		return err
	}
	var rota map[string]any
	err = json.NewDecoder(resp.Body).Decode(&rota)
	resp.Body.Close()
	if err != nil {
		return err
	}
	req, err := http.NewRequest(http.MethodPost, "https://api.whispir.com/messages?apikey="+key, strings.NewReader(`{"to":"oncall"}`))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/vnd.whispir.message-v1+json")
	resp, err = hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
