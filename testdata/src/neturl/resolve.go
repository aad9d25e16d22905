package neturl

import (
	"net/http"
	"net/url"
)

// Have: a reference with a path resolved against a Whispir base: the
// result has the reference's query alone.
func Resolved(hc *http.Client, key string) (*http.Response, error) {
	b, err := url.Parse(base + "/")
	if err != nil {
		return nil, err
	}
	u := b.ResolveReference(&url.URL{Path: "templates/t4", RawQuery: "apikey=" + url.QueryEscape(key)}) // want `WL02`
	req, err := http.NewRequest(http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	return hc.Do(req)
}

// Refused: a reference with no path takes the base's query once its own
// is empty.
func ResolvedNoPath(hc *http.Client, key string) (*http.Response, error) {
	b, err := url.Parse(base + "/templates?limit=5")
	if err != nil {
		return nil, err
	}
	u := b.ResolveReference(&url.URL{RawQuery: "apikey=" + key}) // want `WL02: .*ResolveReference, which the fix cannot follow`
	req, err := http.NewRequest(http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	return hc.Do(req)
}
