// Package user builds its URLs from another package's base.
package user

import (
	"net/http"
	"net/url"

	"crosspkg/base"
)

// Params is a query type of the package's own.
type Params url.Values

func Messages(key string) (*http.Response, error) {
	p := Params{"apikey": {key}, "limit": {"10"}} // want `WL02: .*the query has type Params, not url.Values: remove the parameter and set the x-api-key header on every request it reaches by hand`
	return http.Get(base.Base + "/messages?" + url.Values(p).Encode())
}

func Contacts(key string) (*http.Response, error) {
	return http.Get(base.Base + "/contacts?apikey=" + key) // want `WL02: .*its host may come from base.Base, declared in another package, which keeps its retired host while this package writes the key parameter`
}

// Another API's header named apikey is no query parameter.
func gateway(req *http.Request, key string) {
	req.Header.Set("apikey", key)
	req.Header["apikey"] = []string{key}
}
