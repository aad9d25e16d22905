// Package shape12 mirrors google.golang.org/api/googleapi/transport.APIKey
// (the transport behind option.WithAPIKey): an http.RoundTripper
// middleware that copies the request and adds the key to the query of
// every request it carries.
package shape12

import (
	"net/http"
)

// APIKeyTransport adds the API key to each request's query.
type APIKeyTransport struct {
	Key       string
	Transport http.RoundTripper
}

// RoundTrip implements http.RoundTripper.
func (t *APIKeyTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	rt := t.Transport
	if rt == nil {
		rt = http.DefaultTransport
	}
	newReq := *req
	args := newReq.URL.Query()
	args.Set("apikey", t.Key)
	u := *req.URL
	u.RawQuery = args.Encode()
	newReq.URL = &u
	return rt.RoundTrip(&newReq)
}

// Shape12 lists the workspaces through the key-adding transport.
func Shape12(base http.RoundTripper, key string) error {
	client := &http.Client{Transport: &APIKeyTransport{Key: key, Transport: base}}
	resp, err := client.Get("https://api.whispir.com/workspaces")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
