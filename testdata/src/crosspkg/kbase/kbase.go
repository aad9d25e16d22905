// Package kbase keeps the base URL and the name of the key parameter;
// crosspkg/kuser adds the key with that name: no host here is rewritten.
package kbase

import "net/http"

const Base = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: .*package crosspkg/kuser, which uses this package, writes the key parameter \(kuser.go:\d+\)`

// KeyParam is the name of the key parameter.
const KeyParam = "apikey"

func Status(user, pass string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, Base+"/status", nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(user, pass)
	return http.DefaultClient.Do(req)
}
