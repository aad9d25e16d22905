// Package shape17 mirrors the small local closures of hand-written
// clients (as in many CLI tools): a do := func(method, p string) closure
// over the base URL, the key and the client, called for one resource.
package shape17

import (
	"net/http"
)

// Shape17 deletes the callback cb2.
func Shape17(hc *http.Client, key, user, pass string) error {
	base := "https://api.whispir.com"
	do := func(method, p string) (*http.Response, error) {
		req, err := http.NewRequest(method, base+p+"?apikey="+key, nil)
		if err != nil {
			return nil, err
		}
		req.SetBasicAuth(user, pass)
		return hc.Do(req)
	}
	resp, err := do(http.MethodDelete, "/callbacks/cb2")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
