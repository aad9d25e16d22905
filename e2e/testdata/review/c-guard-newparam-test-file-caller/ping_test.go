package repro

import (
	"io"
	"net/http"
	"strings"
	"testing"
)

// pingRec records the headers of what goes through http.DefaultClient.
type pingRec struct{ headers []http.Header }

func (r *pingRec) RoundTrip(req *http.Request) (*http.Response, error) {
	r.headers = append(r.headers, req.Header.Clone())
	return &http.Response{StatusCode: http.StatusOK, Header: http.Header{}, Body: io.NopCloser(strings.NewReader("")), Request: req}, nil
}

// TestPing sends through the helper from a test file: no key.
func TestPing(t *testing.T) {
	rt := &pingRec{}
	old := http.DefaultTransport
	http.DefaultTransport = rt
	defer func() { http.DefaultTransport = old }()
	if err := send("https://status.example.com/beat"); err != nil {
		t.Fatal(err)
	}
	if len(rt.headers) != 1 {
		t.Fatalf("%d request(s) sent, want 1", len(rt.headers))
	}
	if h := rt.headers[0].Values("X-Api-Key"); len(h) > 0 {
		t.Errorf("GET status.example.com/beat: x-api-key header %q on a request that had no key", h)
	}
}
