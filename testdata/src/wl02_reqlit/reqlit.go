// Package wl02_reqlit holds requests built as &http.Request{...} literals.
package wl02_reqlit

import (
	"net/http"
	"net/url"
)

// Have: a request literal on one line: the header goes in a Header field
// (a Set after it would panic: the literal has no header map).
func OneLine(key string) (*http.Response, error) {
	u, err := url.Parse("https://api.au.whispir.com/contacts?apikey=" + key) // want `WL02`
	if err != nil {
		return nil, err
	}
	req := &http.Request{Method: http.MethodGet, URL: u}
	return http.DefaultClient.Do(req)
}

// Have: one field a line, aligned: the new field is aligned with them.
func Lines(hc *http.Client, key string) (*http.Response, error) {
	u := &url.URL{Scheme: "https", Host: "api.au.whispir.com", Path: "/messages", RawQuery: "apikey=" + key} // want `WL02`
	req := &http.Request{
		Method: http.MethodGet,
		URL:    u,
		Close:  true,
	}
	return hc.Do(req)
}

// Refused: the literal has a header map of its own.
func OwnHeader(key string, h http.Header) (*http.Response, error) {
	u, err := url.Parse("https://api.au.whispir.com/contacts?apikey=" + key) // want `WL02: .*sets its own Header`
	if err != nil {
		return nil, err
	}
	req := &http.Request{Method: http.MethodGet, URL: u, Header: h}
	return http.DefaultClient.Do(req)
}

// Refused: the header map is replaced before the send.
func Replaced(key string, h http.Header) (*http.Response, error) {
	u, err := url.Parse("https://api.au.whispir.com/contacts?apikey=" + key) // want `WL02: .*Header is replaced`
	if err != nil {
		return nil, err
	}
	req := &http.Request{Method: http.MethodGet, URL: u}
	req.Header = h
	return http.DefaultClient.Do(req)
}

// Refused: the request variable holds another request too.
func Reused(key string, other *http.Request) (*http.Response, error) {
	u, err := url.Parse("https://api.au.whispir.com/contacts?apikey=" + key) // want `WL02: .*also holds another request`
	if err != nil {
		return nil, err
	}
	req := &http.Request{Method: http.MethodGet, URL: u}
	if other != nil {
		req = other
	}
	return http.DefaultClient.Do(req)
}
