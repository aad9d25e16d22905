// Package shape03 mirrors ldez/grignotin's goproxy.Client: a parsed base
// *url.URL, endpoint := c.baseURL.JoinPath(...) per call, and
// http.NewRequestWithContext(ctx, http.MethodGet, endpoint.String(), nil)
// sent with c.HTTPClient.Do; here the key is put on endpoint.RawQuery.
package shape03

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"time"
)

const defaultBaseURL = "https://api.whispir.com"

// Client reads Whispir resources.
type Client struct {
	baseURL    *url.URL
	apiKey     string
	HTTPClient *http.Client
}

// NewClient returns a client with a 10 s timeout.
func NewClient(apiKey string) *Client {
	c := &Client{apiKey: apiKey, HTTPClient: &http.Client{Timeout: 10 * time.Second}}
	c.baseURL, _ = url.Parse(defaultBaseURL)
	return c
}

// GetTemplateWithContext reads one template.
func (c *Client) GetTemplateWithContext(ctx context.Context, id string) ([]byte, error) {
	endpoint := c.baseURL.JoinPath("templates", id)
	endpoint.RawQuery = "apikey=" + c.apiKey

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, endpoint.String(), nil)
	if err != nil {
		return nil, err
	}

	resp, err := c.HTTPClient.Do(req)
	if err != nil {
		return nil, err
	}

	defer func() { _ = resp.Body.Close() }()

	return io.ReadAll(resp.Body)
}

// Shape03 reads template t9.
func Shape03(ctx context.Context, key string) error {
	_, err := NewClient(key).GetTemplateWithContext(ctx, "t9")
	return err
}
