// Package wire builds the Whispir requests of shape42; it does not send.
package wire

import (
	"net/http"
	"strings"
)

// BaseURL is the Whispir API.
const BaseURL = "https://api.whispir.com"

// NewCreateCallbackRequest returns the request that registers a callback.
func NewCreateCallbackRequest(apiKey, body string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodPost, BaseURL+"/callbacks?apikey="+apiKey, strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/vnd.whispir.api-callback-v1+json")
	return req, nil
}
