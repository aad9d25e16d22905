// Package shape15 mirrors kubernetes/client-go's rest.Request builder:
// c.Get().Resource("...").Name(...).Param(k, v).Do(ctx).Into(&out), the URL
// assembled from the base, the resource path and the params at Do time.
package shape15

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"path"
)

// RESTClient holds the base URL and the HTTP client.
type RESTClient struct {
	base   *url.URL
	Client *http.Client
}

// Request is a request under construction.
type Request struct {
	c        *RESTClient
	verb     string
	resource string
	name     string
	params   url.Values
	err      error
}

// Result is the outcome of Do.
type Result struct {
	body []byte
	err  error
}

// NewRESTClient returns a client for base.
func NewRESTClient(base string, hc *http.Client) (*RESTClient, error) {
	u, err := url.Parse(base)
	if err != nil {
		return nil, err
	}
	return &RESTClient{base: u, Client: hc}, nil
}

// Get starts a GET request.
func (c *RESTClient) Get() *Request {
	return &Request{c: c, verb: http.MethodGet, params: url.Values{}}
}

// Resource sets the resource.
func (r *Request) Resource(resource string) *Request { r.resource = resource; return r }

// Name sets the resource name.
func (r *Request) Name(name string) *Request { r.name = name; return r }

// Param adds a query parameter.
func (r *Request) Param(name, value string) *Request { r.params.Add(name, value); return r }

// URL returns the request's URL.
func (r *Request) URL() *url.URL {
	u := *r.c.base
	u.Path = path.Join(u.Path, r.resource, r.name)
	u.RawQuery = r.params.Encode()
	return &u
}

// Do sends the request.
func (r *Request) Do(ctx context.Context) Result {
	if r.err != nil {
		return Result{err: r.err}
	}
	req, err := http.NewRequestWithContext(ctx, r.verb, r.URL().String(), nil)
	if err != nil {
		return Result{err: err}
	}
	resp, err := r.c.Client.Do(req)
	if err != nil {
		return Result{err: err}
	}
	defer resp.Body.Close()
	var b []byte
	b, err = readAll(resp)
	return Result{body: b, err: err}
}

func readAll(resp *http.Response) ([]byte, error) {
	var m json.RawMessage
	err := json.NewDecoder(resp.Body).Decode(&m)
	return m, err
}

// Into decodes the result into obj.
func (r Result) Into(obj any) error {
	if r.err != nil {
		return r.err
	}
	return json.Unmarshal(r.body, obj)
}

// Shape15 reads the callback cb1.
func Shape15(ctx context.Context, hc *http.Client, key string) error {
	c, err := NewRESTClient("https://api.whispir.com", hc)
	if err != nil {
		return err
	}
	var out map[string]any
	return c.Get().Resource("callbacks").Name("cb1").Param("apikey", key).Do(ctx).Into(&out)
}
