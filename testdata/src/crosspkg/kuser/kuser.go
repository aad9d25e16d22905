// Package kuser adds the key to URLs built on crosspkg/kbase's base, by a
// constant of that package and through a helper of its own.
package kuser

import (
	"net/http"
	"net/url"

	"crosspkg/kbase"
)

func Messages(key string) (*http.Response, error) {
	u, err := url.Parse(kbase.Base + "/messages")
	if err != nil {
		return nil, err
	}
	q := u.Query()
	q.Set(kbase.KeyParam, key) // want `WL02: .*its host may come from kbase.Base, declared in another package`
	u.RawQuery = q.Encode()
	return http.Get(u.String())
}

func withParam(u, name, value string) string { return u + "?" + name + "=" + value }

func Contacts(key string) (*http.Response, error) {
	return http.Get(withParam(kbase.Base+"/contacts", "apikey", key)) // want `WL02: Whispir API key may be sent as a query parameter`
}
