// Package shape02 mirrors prometheus/client_golang api.Client: NewClient
// parses Config.Address into an endpoint *url.URL, URL(ep, args) joins the
// endpoint path with path.Join and substitutes :args, and Do(ctx, req)
// sends req.WithContext(ctx) and reads the body in a goroutine.
package shape02

import (
	"bytes"
	"context"
	"net/http"
	"net/url"
	"path"
	"strings"
)

// Config configures the client.
type Config struct {
	Address      string
	APIKey       string
	RoundTripper http.RoundTripper
}

type httpClient struct {
	endpoint *url.URL
	apiKey   string
	client   http.Client
}

// NewClient returns a client for cfg.
func NewClient(cfg Config) (*httpClient, error) {
	u, err := url.Parse(cfg.Address)
	if err != nil {
		return nil, err
	}
	u.Path = strings.TrimRight(u.Path, "/")
	return &httpClient{endpoint: u, apiKey: cfg.APIKey, client: http.Client{Transport: cfg.RoundTripper}}, nil
}

// URL returns the URL of endpoint ep with :args substituted, key attached.
func (c *httpClient) URL(ep string, args map[string]string) *url.URL {
	p := path.Join(c.endpoint.Path, ep)
	for arg, val := range args {
		p = strings.ReplaceAll(p, ":"+arg, val)
	}
	u := *c.endpoint
	u.Path = p
	q := u.Query()
	q.Set("apikey", c.apiKey)
	u.RawQuery = q.Encode()
	return &u
}

// Do sends req and returns the response body.
func (c *httpClient) Do(ctx context.Context, req *http.Request) (*http.Response, []byte, error) {
	if ctx != nil {
		req = req.WithContext(ctx)
	}
	resp, err := c.client.Do(req)
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	var body []byte
	done := make(chan struct{})
	go func() {
		var buf bytes.Buffer
		_, err = buf.ReadFrom(resp.Body)
		body = buf.Bytes()
		close(done)
	}()
	<-done
	return resp, body, err
}

// Shape02 reads the status of message m1.
func Shape02(ctx context.Context, rt http.RoundTripper, key string) error {
	c, err := NewClient(Config{Address: "https://api.whispir.com", APIKey: key, RoundTripper: rt})
	if err != nil {
		return err
	}
	u := c.URL("/messages/:id/messagestatus", map[string]string{"id": "m1"})
	req, err := http.NewRequest(http.MethodGet, u.String(), nil)
	if err != nil {
		return err
	}
	_, _, err = c.Do(ctx, req)
	return err
}
