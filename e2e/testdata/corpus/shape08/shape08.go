// Package shape08 mirrors slack-go/slack: a package-level APIURL variable,
// functional options such as OptionAPIURL, and getResource(ctx, client,
// endpoint, token, values, intf) that appends values.Encode() to the
// endpoint, with the token added to the values.
package shape08

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
)

// APIURL is the default base URL.
var APIURL = "https://api.whispir.com/"

// Client is a Whispir client.
type Client struct {
	token      string
	endpoint   string
	httpclient *http.Client
}

// Option configures a Client.
type Option func(*Client)

// OptionHTTPClient sets the HTTP client.
func OptionHTTPClient(c *http.Client) Option { return func(s *Client) { s.httpclient = c } }

// OptionAPIURL sets the base URL.
func OptionAPIURL(u string) Option { return func(s *Client) { s.endpoint = u } }

// New returns a client with token.
func New(token string, options ...Option) *Client {
	s := &Client{token: token, endpoint: APIURL, httpclient: &http.Client{}}
	for _, opt := range options {
		opt(s)
	}
	return s
}

func getResource(ctx context.Context, client *http.Client, endpoint, token string, values url.Values, intf any) error {
	values.Add("apikey", token)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, endpoint+"?"+values.Encode(), nil)
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(intf)
}

// GetUsersContext lists users of a status.
func (api *Client) GetUsersContext(ctx context.Context, status string) (map[string]any, error) {
	values := url.Values{"status": {status}}
	out := map[string]any{}
	err := getResource(ctx, api.httpclient, api.endpoint+"users", api.token, values, &out)
	return out, err
}

// Shape08 lists the active users.
func Shape08(ctx context.Context, hc *http.Client, key string) error {
	_, err := New(key, OptionHTTPClient(hc)).GetUsersContext(ctx, "ACTIVE")
	return err
}
