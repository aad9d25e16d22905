// Package keyrt adds API keys to outgoing requests, by host.
package keyrt

import (
	"net/http"
	"net/url"
)

// Params is a query of the code's own type.
type Params url.Values

// Transport adds the key to requests for the Whispir API.
type Transport struct {
	Key  string
	Next http.RoundTripper
}

func (t *Transport) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.URL.Host == "api.whispir.com" {
		r = r.Clone(r.Context())
		q := r.URL.Query()
		for k, v := range (Params{"apikey": {t.Key}}) {
			q[k] = v
		}
		r.URL.RawQuery = q.Encode()
	}
	return t.Next.RoundTrip(r)
}
