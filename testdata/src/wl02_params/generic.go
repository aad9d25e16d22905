package wl02_params

import (
	"context"
	"net/http"
	"net/url"
)

// Finder sends typed queries.
type Finder struct {
	base string
	key  string
	hc   *http.Client
}

// NewFinder talks to Whispir.
func NewFinder(key string) *Finder {
	return &Finder{base: "https://api.whispir.com", key: key, hc: http.DefaultClient} // want `WL01: retired Whispir host api.whispir.com: use the regional host api.au.whispir.com$`
}

// Have: a generic helper called as an instance (find[int]), whose query
// map defaults to a new one when the caller passes nil.
func find[T any](ctx context.Context, f *Finder, path string, q url.Values) (*http.Response, error) {
	if q == nil {
		q = url.Values{}
	}
	q.Set("apikey", f.key) // want `WL02: Whispir API key sent as a query parameter: send it only in the x-api-key header$`
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.base+path+"?"+q.Encode(), nil)
	if err != nil {
		return nil, err
	}
	return f.hc.Do(req)
}

// Templates lists the templates.
func (f *Finder) Templates(ctx context.Context) (*http.Response, error) {
	return find[int](ctx, f, "/templates", url.Values{"offset": {"20"}})
}

var shared = url.Values{}

// Sharer sends with a default map.
type Sharer struct {
	key string
	hc  *http.Client
}

// Refused: the default is a map another function sees.
func findShared(s *Sharer, q url.Values) (*http.Response, error) {
	if q == nil {
		q = shared
	}
	q.Set("apikey", s.key) // want `WL02: .*q is assigned another value`
	return s.hc.Get("https://api.whispir.com/contacts?" + q.Encode()) // want `WL01: .*also built with the API key in the query at line`
}

// Contacts lists the contacts.
func (s *Sharer) Contacts() (*http.Response, error) {
	return findShared(s, url.Values{"limit": {"5"}})
}
