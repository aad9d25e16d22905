// Package shape35 mirrors digitalocean/godo: NewRequest(ctx, method,
// urlStr, body) resolves against BaseURL, JSON-encodes the body and sets
// the auth (godo: Authorization; here the key in the query), and
// Do(ctx, req, v) sends and decodes.
package shape35

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/url"
)

// Client is a Whispir client.
type Client struct {
	client  *http.Client
	BaseURL *url.URL
	apiKey  string
}

// NewRequest makes a request for urlStr with a JSON body.
func (c *Client) NewRequest(ctx context.Context, method, urlStr string, body any) (*http.Request, error) {
	u, err := c.BaseURL.Parse(urlStr)
	if err != nil {
		return nil, err
	}
	q := u.Query()
	q.Set("apikey", c.apiKey)
	u.RawQuery = q.Encode()

	var buf bytes.Buffer
	if body != nil {
		if err := json.NewEncoder(&buf).Encode(body); err != nil {
			return nil, err
		}
	}
	req, err := http.NewRequestWithContext(ctx, method, u.String(), &buf)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/vnd.whispir.template-v1+json")
	return req, nil
}

// Do sends req and decodes the response into v.
func (c *Client) Do(ctx context.Context, req *http.Request, v any) (*http.Response, error) {
	resp, err := c.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if v != nil {
		err = json.NewDecoder(resp.Body).Decode(v)
	}
	return resp, err
}

// Shape35 creates a template.
func Shape35(ctx context.Context, hc *http.Client, key string) error {
	base, _ := url.Parse("https://api.whispir.com/")
	c := &Client{client: hc, BaseURL: base, apiKey: key}
	req, err := c.NewRequest(ctx, http.MethodPost, "templates", map[string]string{"messageTemplateName": "t"})
	if err != nil {
		return err
	}
	var out map[string]any
	_, err = c.Do(ctx, req, &out)
	return err
}
