// Package shape40 mirrors go-github and gitlab clients that resolve a
// url.URL reference against the base: base.ResolveReference(&url.URL{Path,
// RawQuery}).
package shape40

import (
	"net/http"
	"net/url"
)

// Shape40 reads the message template t4.
func Shape40(hc *http.Client, key string) error {
	base, err := url.Parse("https://api.whispir.com/")
	if err != nil {
		return err
	}
	u := base.ResolveReference(&url.URL{Path: "templates/t4", RawQuery: "apikey=" + url.QueryEscape(key)})
	req, err := http.NewRequest(http.MethodGet, u.String(), nil)
	if err != nil {
		return err
	}
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
