package helpers

import (
	"context"
	"net/http"
	"net/url"
	"os"
)

const base = "https://api.au.whispir.com"

// Have: a helper that builds and returns the request.
func newRequest(ctx context.Context, path, key string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+path+"?apikey="+key, nil) // want `WL02`
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/vnd.whispir.message-v1+json")
	return req, nil
}

// Refused: a helper that returns the URL, used as a value (not called).
func endpoint(path, key string) string {
	return base + path + "?apikey=" + key // want `WL02: .*the helper endpoint is used as a value`
}

// Have: the key is a call, the first the statement makes: it moves into a
// variable declared before the statement, and runs once, first, as before.
func FromEnv() error {
	req, err := http.NewRequest(http.MethodGet, base+"/messages?apikey="+os.Getenv("WHISPIR_KEY"), nil) // want `WL02`
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// Refused: the key changes after the URL is built.
func Rotated(key string) error {
	req, err := http.NewRequest(http.MethodGet, base+"/messages?apikey="+key, nil) // want `WL02: .*key changes in this function`
	if err != nil {
		return err
	}
	key = "other"
	_ = key
	_, err = http.DefaultClient.Do(req)
	return err
}

// Refused: the header map is replaced after the request is sent on.
func Replaced(key string, h http.Header) error {
	req, err := http.NewRequest(http.MethodGet, base+"/messages?apikey="+key, nil) // want `WL02: .*Header is replaced`
	if err != nil {
		return err
	}
	prepare(req)
	req.Header = h
	_, err = http.DefaultClient.Do(req)
	return err
}

func prepare(*http.Request) {}

var _ = endpoint

type Client struct {
	base, key string
}

func NewClient(key string) *Client { return &Client{base: base, key: key} }

// Have: a URL joined under a Whispir base with net/url, then sent.
func (c *Client) Contacts(ctx context.Context) (*http.Response, error) {
	u, err := url.JoinPath(c.base, "contacts")
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u+"?apikey="+c.key+"&x=1", nil) // want `WL02`
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

// Have: a helper that returns the new request at once.
func (c *Client) newRequest(ctx context.Context, method, path string) (*http.Request, error) {
	return http.NewRequestWithContext(ctx, method, c.base+path+"?apikey="+c.key, nil) // want `WL02`
}

// Have: the same with named results, the names req and err taken, and a
// comment after the call.
func newRequestNamed(key string) (r *http.Request, e error) {
	req, err := 1, 2
	_, _ = req, err
	return http.NewRequest(http.MethodGet, base+"/contacts?apikey="+key+"&limit=5", nil) // want `WL02`
}

// Have: the return shares its line with the function's braces.
func oneLine(k string) (*http.Request, error) { return http.NewRequest("GET", base+"?apikey="+k, nil) } // want `WL02`

// The helpers' callers store each request and send it: the header set in
// the helper stays with it.
func (c *Client) Templates(ctx context.Context) error {
	req, err := c.newRequest(ctx, http.MethodGet, "/templates")
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

func Use(ctx context.Context, key string) error {
	r1, err := newRequest(ctx, "/messages", key)
	if err != nil {
		return err
	}
	if _, err := http.DefaultClient.Do(r1); err != nil {
		return err
	}
	r2, err := newRequestNamed(key)
	if err != nil {
		return err
	}
	if _, err := http.DefaultClient.Do(r2); err != nil {
		return err
	}
	r3, err := oneLine(key)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(r3)
	return err
}

// Refused: a caller sends the helper's request to another host.
func mirrored(key string) (*http.Request, error) {
	return http.NewRequest(http.MethodGet, base+"/events?apikey="+key, nil) // want `WL02: .*the request from mirrored at line \d+: the request's URL is sent to another place`
}

func Mirror(key string) error {
	req, err := mirrored(key)
	if err != nil {
		return err
	}
	req.URL.Host = "mirror.example.com"
	_, err = http.DefaultClient.Do(req)
	return err
}
