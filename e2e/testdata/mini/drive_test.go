package mini

import (
	"io"
	"net/http"
	"os"
	"strings"
	"testing"
)

// TestDrive checks the request Send makes, as the Whispir API would see it.
// LEGACYMOD_EXPECT=legacy expects the retired form, =migrated the new one
// on api.$LEGACYMOD_REGION.whispir.com; unset, the test is skipped.
func TestDrive(t *testing.T) {
	expect, region := os.Getenv("LEGACYMOD_EXPECT"), os.Getenv("LEGACYMOD_REGION")
	if expect == "" {
		t.Skip("LEGACYMOD_EXPECT not set")
	}
	var got *http.Request
	saved := http.DefaultTransport
	http.DefaultTransport = roundTrip(func(r *http.Request) (*http.Response, error) {
		got = r
		return &http.Response{StatusCode: 200, Body: io.NopCloser(strings.NewReader("ok")), Request: r}, nil
	})
	defer func() { http.DefaultTransport = saved }()

	if _, err := Send("k3y"); err != nil {
		t.Fatal(err)
	}
	if got == nil {
		t.Fatal("Send made no request")
	}
	host, queryKey, headerKey := got.URL.Host, got.URL.Query().Get("apikey"), got.Header.Get("X-Api-Key")
	switch expect {
	case "legacy":
		if strings.Count(host, ".") != 2 || queryKey != "k3y" {
			t.Errorf("legacy request: host %q, query key %q; want the retired host and the key in the query", host, queryKey)
		}
	case "migrated":
		if want := "api." + region + ".whispir.com"; host != want || queryKey != "" || headerKey != "k3y" {
			t.Errorf("migrated request: host %q, query key %q, header key %q; want host %q, no query key, header key %q",
				host, queryKey, headerKey, want, "k3y")
		}
		if got.URL.Scheme != "https" {
			t.Errorf("migrated request scheme %q, want https", got.URL.Scheme)
		}
	default:
		t.Fatalf("LEGACYMOD_EXPECT=%q, want legacy or migrated", expect)
	}
}

type roundTrip func(*http.Request) (*http.Response, error)

func (f roundTrip) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }
