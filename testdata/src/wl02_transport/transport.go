// Package wl02_transport holds transports and request editors that add the
// key to every request they are given.
package wl02_transport

import "net/http"

// keyTransport adds the key to every request it sends, as many clients do.
type keyTransport struct {
	whispirKey string
	next       http.RoundTripper
}

// Have: the transport sets the header where it set the parameter.
func (t *keyTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	req = req.Clone(req.Context())
	q := req.URL.Query()
	q.Set("apikey", t.whispirKey) // want `WL02`
	req.URL.RawQuery = q.Encode()
	return t.next.RoundTrip(req)
}

// Have: a request editor, with another parameter kept.
func addKey(whispirKey string) func(*http.Request) {
	return func(r *http.Request) {
		q := r.URL.Query()
		q.Set("source", "go")
		q.Set("apikey", whispirKey) // want `WL02`
		r.URL.RawQuery = q.Encode()
	}
}

// Refused: the request it is given goes on to a function value.
type loggingTransport struct {
	whispirKey string
	send       func(*http.Request) (*http.Response, error)
}

func (t *loggingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	q := req.URL.Query()
	q.Set("apikey", t.whispirKey) // want `WL02: .*passed to a function value`
	req.URL.RawQuery = q.Encode()
	return t.send(req)
}

var _ = addKey
