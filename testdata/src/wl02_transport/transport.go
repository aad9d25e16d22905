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

// apiKeyTransport mirrors googleapi/transport.APIKey: it copies the request
// and adds the key to the copy's query.
type apiKeyTransport struct {
	whispirKey string
	rt         http.RoundTripper
}

// Have: the copy gets its own header, with the key.
func (t *apiKeyTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	newReq := *req
	args := newReq.URL.Query()
	args.Set("apikey", t.whispirKey) // want `WL02`
	newReq.URL.RawQuery = args.Encode()
	return t.rt.RoundTrip(&newReq)
}

// Refused: the request itself is sent too, with the URL the copy shares.
type bothTransport struct {
	whispirKey string
	rt         http.RoundTripper
}

func (t *bothTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	newReq := *req
	args := newReq.URL.Query()
	args.Set("apikey", t.whispirKey) // want `WL02: .*`
	newReq.URL.RawQuery = args.Encode()
	if req.Method == http.MethodHead {
		return t.rt.RoundTrip(req)
	}
	return t.rt.RoundTrip(&newReq)
}

// urlCopyTransport copies the URL too, and gives the copy the new one.
type urlCopyTransport struct {
	whispirKey string
	rt         http.RoundTripper
}

// Have: the copy's URL is a copy of the request's own, edited.
func (t *urlCopyTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	newReq := *req
	args := newReq.URL.Query()
	args.Set("apikey", t.whispirKey) // want `WL02`
	u := *req.URL
	u.RawQuery = args.Encode()
	newReq.URL = &u
	return t.rt.RoundTrip(&newReq)
}

// Refused: the copy is given another request's URL.
type otherURLTransport struct {
	whispirKey string
	rt         http.RoundTripper
	mirror     *http.Request
}

func (t *otherURLTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	newReq := *req
	args := newReq.URL.Query()
	args.Set("apikey", t.whispirKey) // want `WL02: .*`
	u := *t.mirror.URL
	u.RawQuery = args.Encode()
	newReq.URL = &u
	return t.rt.RoundTrip(&newReq)
}
