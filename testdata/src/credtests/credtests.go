// Package credtests has credentials in its tests, which WL11 and WL12
// check only with -secrets-in-tests.
package credtests

import "net/http"

// Send sends req to Whispir with credentials from the caller.
func Send(req *http.Request, key string) (*http.Response, error) {
	req.URL.Host = "api.au.whispir.com"
	req.Header.Set("x-api-key", key)
	return http.DefaultClient.Do(req)
}
