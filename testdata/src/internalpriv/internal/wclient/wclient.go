// Package wclient is a service's own Whispir client, internal to its tree.
package wclient

import "net/http"

const base = "https://api.au.whispir.com"

// Send is exported, but only this package calls it: the packages that may
// import an internal package are in the module, and none mentions it.
func Send(hc *http.Client, u string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	return hc.Do(req)
}

// Have: the helper is private to the module.
func Messages(hc *http.Client, key string) (*http.Response, error) {
	return Send(hc, base+"/messages?apikey="+key) // want `WL02`
}

// Post is called by another package of the module.
func Post(hc *http.Client, u string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, u, nil)
	if err != nil {
		return nil, err
	}
	return hc.Do(req)
}

// Refused: svc calls Post with its own URLs.
func Contacts(hc *http.Client, key string) (*http.Response, error) {
	return Post(hc, base+"/contacts?apikey="+key) // want `WL02: .*which is exported`
}
