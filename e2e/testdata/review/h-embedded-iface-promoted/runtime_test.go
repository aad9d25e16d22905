// Run-time oracle for this case, used by check.sh (go test ./... also runs it
// by hand). It passes on the original code and on a correct migration, and
// fails when a request is wrong: no key, a wrong key, the key sent to another
// host, the migrated request sent to the retired host, or a different
// method, path, query or body. A request still sent the legacy way
// (?apikey=) passes here; check.sh then requires that whispirlint reports it
// as left for a change by hand.

package promo

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
)

// Built at run time, so that whispirlint finds nothing to rewrite in this file.
var (
	legacyHost   = strings.Join([]string{"api", "whispir", "com"}, ".")
	regionalHost = strings.Join([]string{"api", "au", "whispir", "com"}, ".")
)

// rec is a recording http.RoundTripper: it keeps a copy of each request as it
// was when sent, and its body. The first failFirst round trips fail.
type rec struct {
	mu        sync.Mutex
	reqs      []*http.Request
	bodies    []string
	failFirst int
}

func (r *rec) RoundTrip(req *http.Request) (*http.Response, error) {
	var body []byte
	if req.Body != nil {
		body, _ = io.ReadAll(req.Body)
		req.Body.Close()
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.reqs = append(r.reqs, req.Clone(context.Background()))
	r.bodies = append(r.bodies, string(body))
	if len(r.reqs) <= r.failFirst {
		return nil, errors.New("simulated network error")
	}
	return &http.Response{StatusCode: http.StatusOK, Header: http.Header{}, Body: io.NopCloser(strings.NewReader("")), Request: req}, nil
}

// sent returns the recorded requests; there must be n.
func (r *rec) sent(t *testing.T, n int) []*http.Request {
	t.Helper()
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.reqs) != n {
		t.Fatalf("%d request(s) sent, want %d", len(r.reqs), n)
	}
	return r.reqs
}

// defaultRec records what goes through http.DefaultClient (http.Get and friends).
func defaultRec(t *testing.T) *rec {
	rt := &rec{}
	old := http.DefaultTransport
	http.DefaultTransport = rt
	t.Cleanup(func() { http.DefaultTransport = old })
	return rt
}

// viaClient: the code under test must send through the client it is given.
func viaClient(t *testing.T) {
	rt := defaultRec(t)
	t.Cleanup(func() {
		if n := len(rt.reqs); n > 0 {
			t.Errorf("%d request(s) sent through http.DefaultClient instead of the given client", n)
		}
	})
}

// whispir checks a request to Whispir: it carries exactly key, either the
// legacy way (apikey query parameter; noted for check.sh) or migrated (the
// x-api-key header on https://<regional host>, no apikey parameter left).
func whispir(t *testing.T, r *http.Request, key string) {
	t.Helper()
	where := r.Method + " " + r.URL.Host + r.URL.Path
	var q []string
	for k, vs := range r.URL.Query() {
		if strings.EqualFold(k, "apikey") {
			q = append(q, vs...)
		}
	}
	h := r.Header.Values("X-Api-Key")
	if len(h) > 1 {
		t.Errorf("%s: %d x-api-key headers %q, want one", where, len(h), h)
	}
	for _, v := range h {
		if v != key {
			t.Errorf("%s: x-api-key header %q, want %q", where, v, key)
		}
	}
	for _, v := range q {
		if v != key {
			t.Errorf("%s: apikey parameter %q, want %q", where, v, key)
		}
	}
	switch host := r.URL.Hostname(); {
	case len(q) > 0:
		if host == regionalHost {
			t.Errorf("%s: host rewritten while the key stays in the query", where)
		} else if host != legacyHost {
			t.Errorf("%s: not a Whispir API host", where)
		}
		legacy(where)
	case len(h) > 0:
		if r.URL.Scheme != "https" || host != regionalHost || (r.URL.Port() != "" && r.URL.Port() != "443") {
			t.Errorf("%s: migrated request goes to %s://%s, want https://%s", where, r.URL.Scheme, r.URL.Host, regionalHost)
		}
	default:
		t.Errorf("%s: request to Whispir carries no API key", where)
	}
}

// other checks a request to a host that is not Whispir's: no trace of key.
func other(t *testing.T, r *http.Request, key string) {
	t.Helper()
	if strings.Contains(r.URL.String(), key) {
		t.Errorf("%s %s: the Whispir key is in the URL of a non-Whispir request", r.Method, r.URL.Host)
	}
	for name, vs := range r.Header {
		for _, v := range vs {
			if strings.Contains(v, key) {
				t.Errorf("%s %s: the Whispir key is sent to a non-Whispir host (header %s)", r.Method, r.URL.Host, name)
			}
		}
	}
}

// same checks what the request carries apart from the key: method, path and
// the other query parameters (query: encoded, e.g. "limit=10").
func same(t *testing.T, r *http.Request, method, path, query string) {
	t.Helper()
	where := r.Method + " " + r.URL.Host + r.URL.Path
	if r.Method != method {
		t.Errorf("%s: method %s, want %s", where, r.Method, method)
	}
	if r.URL.Path != path {
		t.Errorf("%s: path %s, want %s", where, r.URL.Path, path)
	}
	got := url.Values{}
	for k, vs := range r.URL.Query() {
		if !strings.EqualFold(k, "apikey") {
			got[k] = vs
		}
	}
	want, _ := url.ParseQuery(query)
	if got.Encode() != want.Encode() {
		t.Errorf("%s: other query parameters %q, want %q", where, got.Encode(), want.Encode())
	}
}

// legacy notes a request still sent the legacy way, for check.sh ($ADV_LEGACY).
func legacy(what string) {
	if f := os.Getenv("ADV_LEGACY"); f != "" {
		if fh, err := os.OpenFile(f, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644); err == nil {
			fmt.Fprintln(fh, what)
			fh.Close()
		}
	}
}

func TestPromoted(t *testing.T) {
	viaClient(t)
	rt := &rec{}
	c := &Client{key: "k-promo-1", hc: &http.Client{Transport: rt}}
	if err := c.Messages(); err != nil {
		t.Fatal(err)
	}
	if err := Ping(c); err != nil {
		t.Fatal(err)
	}
	rs := rt.sent(t, 2)
	same(t, rs[0], "GET", "/messages", "")
	whispir(t, rs[0], "k-promo-1")
	other(t, rs[1], "k-promo-1")
}
