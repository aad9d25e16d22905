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

// Refused: a helper that returns only the URL; the request is built elsewhere.
func endpoint(path, key string) string {
	return base + path + "?apikey=" + key // want `WL02: .*the URL is returned to the caller`
}

// Refused: the key is a call, which would run at another time.
func FromEnv() error {
	req, err := http.NewRequest(http.MethodGet, base+"/messages?apikey="+os.Getenv("WHISPIR_KEY"), nil) // want `WL02: .*the key expression is computed`
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
	req, err := http.NewRequest(http.MethodGet, base+"/messages?apikey="+key, nil) // want `WL02: .*Header is replaced at line`
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

var _ = (*Client).newRequest
var _, _ = newRequestNamed, oneLine
