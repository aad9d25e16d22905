// Package shape28 mirrors the functional options of openai-go,
// twilio-go's ClientParams and many SDKs: New(WithAPIKey(k),
// WithBaseURL(u), WithHTTPClient(hc)); the operation concatenates the
// configured base URL, the path and the key.
package shape28

import (
	"bytes"
	"net/http"
)

type options struct {
	apiKey, baseURL, user, pass string
	httpClient                  *http.Client
}

// Option configures the client.
type Option func(*options)

// WithAPIKey sets the key.
func WithAPIKey(k string) Option { return func(o *options) { o.apiKey = k } }

// WithBaseURL sets the base URL.
func WithBaseURL(u string) Option { return func(o *options) { o.baseURL = u } }

// WithHTTPClient sets the HTTP client.
func WithHTTPClient(hc *http.Client) Option { return func(o *options) { o.httpClient = hc } }

// WithBasicAuth sets the user credentials.
func WithBasicAuth(user, pass string) Option {
	return func(o *options) { o.user, o.pass = user, pass }
}

// Client is a Whispir client.
type Client struct{ opts options }

// New returns a client with opts applied over the defaults.
func New(opts ...Option) *Client {
	o := options{baseURL: "https://api.whispir.com", httpClient: http.DefaultClient}
	for _, opt := range opts {
		opt(&o)
	}
	return &Client{opts: o}
}

// CreateContact creates a contact in a workspace.
func (c *Client) CreateContact(workspace string, body []byte) error {
	req, err := http.NewRequest(http.MethodPost, c.opts.baseURL+"/workspaces/"+workspace+"/contacts?apikey="+c.opts.apiKey, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.SetBasicAuth(c.opts.user, c.opts.pass)
	req.Header.Set("Content-Type", "application/vnd.whispir.contact-v1+json")
	resp, err := c.opts.httpClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Shape28 creates a contact in workspace ws8.
func Shape28(hc *http.Client, key string) error {
	c := New(WithAPIKey(key), WithHTTPClient(hc), WithBasicAuth("user", "pass"))
	return c.CreateContact("ws8", []byte(`{"firstName":"Ann"}`))
}
