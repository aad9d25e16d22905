// Package shape14 mirrors oapi-codegen's securityprovider.NewSecurityProviderApiKey
// ("query", name, value): an Intercept request editor that adds the key to
// the query of the request the generated client built, passed with
// WithRequestEditorFn.
package shape14

import (
	"context"
	"net/http"
)

// RequestEditorFn edits a request before it is sent.
type RequestEditorFn func(ctx context.Context, req *http.Request) error

// SecurityProviderApiKey puts an API key in the header, cookie or query.
type SecurityProviderApiKey struct {
	in, name, value string
}

// NewSecurityProviderApiKey returns a provider for the key.
func NewSecurityProviderApiKey(in, name, value string) *SecurityProviderApiKey {
	return &SecurityProviderApiKey{in: in, name: name, value: value}
}

// Intercept adds the key to req.
func (s *SecurityProviderApiKey) Intercept(ctx context.Context, req *http.Request) error {
	switch s.in {
	case "cookie":
		req.Header.Add("Cookie", s.name+"="+s.value)
	case "header":
		req.Header.Add(s.name, s.value)
	case "query":
		query := req.URL.Query()
		query.Add(s.name, s.value)
		req.URL.RawQuery = query.Encode()
	}
	return nil
}

// Client is the generated client.
type Client struct {
	Server         string
	Client         *http.Client
	RequestEditors []RequestEditorFn
}

// ClientOption configures a client.
type ClientOption func(*Client) error

// WithRequestEditorFn adds a request editor.
func WithRequestEditorFn(fn RequestEditorFn) ClientOption {
	return func(c *Client) error {
		c.RequestEditors = append(c.RequestEditors, fn)
		return nil
	}
}

// NewClient returns a client for server.
func NewClient(server string, hc *http.Client, opts ...ClientOption) (*Client, error) {
	c := &Client{Server: server, Client: hc}
	for _, o := range opts {
		if err := o(c); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// GetAsset reads an asset.
func (c *Client) GetAsset(ctx context.Context, id string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.Server+"/assets/"+id, nil)
	if err != nil {
		return nil, err
	}
	for _, e := range c.RequestEditors {
		if err := e(ctx, req); err != nil {
			return nil, err
		}
	}
	return c.Client.Do(req)
}

// Shape14 reads asset a1 with the key added by the security provider.
func Shape14(ctx context.Context, hc *http.Client, key string) error {
	apiKeyProvider := NewSecurityProviderApiKey("query", "apikey", key)
	c, err := NewClient("https://api.whispir.com", hc, WithRequestEditorFn(apiKeyProvider.Intercept))
	if err != nil {
		return err
	}
	resp, err := c.GetAsset(ctx, "a1")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
