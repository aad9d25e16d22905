// Package wl02_scheme writes the scheme of its URLs apart from the host:
// the migrated request must be https, or the site is left by hand.
package wl02_scheme

import "net/http"

const (
	scheme = "http://"
	host   = "api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: .*line \d+, which needs a change by hand`
)

func Plain(key string) (*http.Response, error) {
	return http.Get(scheme + host + "/workspaces?apikey=" + key) // want `WL02: .*the URL's scheme http is written apart from its host: make it https, then migrate by hand`
}

func FromVariable(key string, secure bool) (*http.Response, error) {
	s := "https"
	if !secure {
		s = "http"
	}
	return http.Get(s + "://api.whispir.com/contacts?apikey=" + key) // want `WL02: .*the URL's scheme comes from an expression apart from its host`
}

const (
	secure     = "https://"
	secureHost = "api.whispir.com" // want `WL01: retired Whispir host api.whispir.com`
)

func Secure(key string) (*http.Response, error) {
	return http.Get(secure + secureHost + "/messages?apikey=" + key) // want `WL02: Whispir API key sent as a query parameter`
}
