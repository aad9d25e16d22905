// Package shape10 mirrors go-resty/resty's fluent API: c.R() returns a
// request builder, SetQueryParam/SetBasicAuth chain, and Get(path) joins
// the client's base URL, encodes the query and executes.
package shape10

import (
	"net/http"
	"net/url"
)

// Client is the fluent client.
type Client struct {
	BaseURL    string
	httpClient *http.Client
	user, pass string
}

// Request is a request under construction.
type Request struct {
	client      *Client
	QueryParams url.Values
}

// New returns a client on hc.
func New(hc *http.Client) *Client { return &Client{httpClient: hc} }

// SetBaseURL sets the base URL.
func (c *Client) SetBaseURL(u string) *Client { c.BaseURL = u; return c }

// SetBasicAuth sets Basic credentials for every request.
func (c *Client) SetBasicAuth(user, pass string) *Client { c.user, c.pass = user, pass; return c }

// R starts a request.
func (c *Client) R() *Request { return &Request{client: c, QueryParams: url.Values{}} }

// SetQueryParam sets a query parameter.
func (r *Request) SetQueryParam(param, value string) *Request {
	r.QueryParams.Set(param, value)
	return r
}

// Get executes a GET of path.
func (r *Request) Get(path string) (*http.Response, error) {
	u := r.client.BaseURL + path
	if len(r.QueryParams) > 0 {
		u += "?" + r.QueryParams.Encode()
	}
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	if r.client.user != "" {
		req.SetBasicAuth(r.client.user, r.client.pass)
	}
	return r.client.httpClient.Do(req)
}

// Shape10 lists the imported contacts.
func Shape10(hc *http.Client, key string) error {
	client := New(hc).SetBaseURL("https://api.whispir.com").SetBasicAuth("user", "pass")
	resp, err := client.R().
		SetQueryParam("apikey", key).
		SetQueryParam("limit", "5").
		Get("/importcontacts")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
