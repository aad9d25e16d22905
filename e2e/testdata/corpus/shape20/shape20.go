// Package shape20 mirrors low-level code that builds the request as a
// struct literal instead of calling http.NewRequest: &http.Request{Method, URL} with a url.URL
// literal and no Header field, sent with http.DefaultClient.Do.
package shape20

import (
	"net/http"
	"net/url"
)

// Shape20 lists the contacts of workspace ws2.
func Shape20(key string) error {
	u := &url.URL{
		Scheme:   "https",
		Host:     "api.whispir.com",
		Path:     "/workspaces/ws2/contacts",
		RawQuery: url.Values{"apikey": {key}}.Encode(),
	}
	req := &http.Request{Method: http.MethodGet, URL: u}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
