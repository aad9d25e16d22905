package dotenv

import (
	"io"
	"net/http"
	"strings"
	"testing"
)

// recorder records the requests it is given and answers 200.
type recorder struct{ reqs []*http.Request }

func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	r.reqs = append(r.reqs, req)
	return &http.Response{StatusCode: http.StatusOK, Body: io.NopCloser(strings.NewReader("{}")), Request: req}, nil
}

// TestRequestGoesToRegionalHost builds the request from the .env file, as
// the service does, and checks where it would go.
func TestRequestGoesToRegionalHost(t *testing.T) {
	env, err := LoadEnv(".env")
	if err != nil {
		t.Fatal(err)
	}
	rec := &recorder{}
	resp, err := ListWorkspaces(&http.Client{Transport: rec}, env["WHISPIR_BASE_URL"], "test-key")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	req := rec.reqs[0]
	if got, want := req.URL.String(), "https://api.au.whispir.com/workspaces"; got != want {
		t.Errorf("request to %s, want %s", got, want)
	}
	if req.Header.Get("x-api-key") != "test-key" || req.URL.Query().Has("apikey") {
		t.Errorf("key sent as %v, query %q", req.Header, req.URL.RawQuery)
	}
}
