// Package shape04 mirrors prometheus/client_golang push.Pusher: the HTTP
// client is an HTTPDoer interface (Do(*http.Request)), the URL comes from a
// fullURL() method, Basic auth is optional, and the builder methods return
// the pusher for chaining.
package shape04

import (
	"net/http"
	"strings"
)

// HTTPDoer is the one method the pusher needs of an HTTP client.
type HTTPDoer interface {
	Do(*http.Request) (*http.Response, error)
}

// Pusher deletes Whispir resources.
type Pusher struct {
	url, apiKey        string
	resource           string
	client             HTTPDoer
	useBasicAuth       bool
	username, password string
}

// New returns a pusher for a resource on the Whispir API at url.
func New(url, resource, apiKey string) *Pusher {
	return &Pusher{url: url, resource: resource, apiKey: apiKey, client: &http.Client{}}
}

// Client sets the HTTP client.
func (p *Pusher) Client(c HTTPDoer) *Pusher { p.client = c; return p }

// BasicAuth sets Basic credentials.
func (p *Pusher) BasicAuth(username, password string) *Pusher {
	p.useBasicAuth = true
	p.username, p.password = username, password
	return p
}

func (p *Pusher) fullURL() string {
	return strings.TrimSuffix(p.url, "/") + "/" + p.resource + "?apikey=" + p.apiKey
}

// Delete deletes the resource.
func (p *Pusher) Delete() error {
	req, err := http.NewRequest(http.MethodDelete, p.fullURL(), nil)
	if err != nil {
		return err
	}
	if p.useBasicAuth {
		req.SetBasicAuth(p.username, p.password)
	}
	resp, err := p.client.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Shape04 deletes contact c4.
func Shape04(doer HTTPDoer, key string) error {
	return New("https://api.whispir.com/", "contacts/c4", key).Client(doer).BasicAuth("user", "pass").Delete()
}
