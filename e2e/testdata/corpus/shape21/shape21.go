// Package shape21 mirrors the generic JSON helpers of newer in-house
// clients: getJSON[T any](ctx, c, path, q)
// adds the key to the caller's url.Values and decodes into a T.
package shape21

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
)

// Client is a Whispir client.
type Client struct {
	base string
	key  string
	hc   *http.Client
}

// Template is a message template.
type Template struct {
	ID   string `json:"id"`
	Name string `json:"messageTemplateName"`
}

func getJSON[T any](ctx context.Context, c *Client, path string, q url.Values) (T, error) {
	var zero T
	if q == nil {
		q = url.Values{}
	}
	q.Set("apikey", c.key)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+path+"?"+q.Encode(), nil)
	if err != nil {
		return zero, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return zero, err
	}
	defer resp.Body.Close()
	var v T
	err = json.NewDecoder(resp.Body).Decode(&v)
	return v, err
}

// Shape21 reads the templates as a typed page.
func Shape21(ctx context.Context, hc *http.Client, key string) error {
	c := &Client{base: "https://api.whispir.com", key: key, hc: hc}
	_, err := getJSON[struct{ MessageTemplates []Template }](ctx, c, "/templates", url.Values{"offset": {"20"}})
	return err
}
