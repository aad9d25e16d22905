// Package freeuser uses crosspkg/free's base URL with Basic credentials
// only, and reads (never writes) the key parameter of a query.
package freeuser

import (
	"net/http"
	"net/url"

	"crosspkg/free"
)

func Status(user, pass string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, free.Base+"/status", nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(user, pass)
	return http.DefaultClient.Do(req)
}

func keyOf(u *url.URL) string { return u.Query().Get("apikey") }
