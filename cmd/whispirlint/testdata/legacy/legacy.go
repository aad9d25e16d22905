// Package legacy calls the Whispir API the retired way, in a few of the
// shapes real client code uses (see /work/shared/FACTS.md).
package legacy

import "net/http"

// Have: a base URL kept in a constant.
const base = "https://api.whispir.com"

// Have: the key concatenated into the query of the base URL.
func listMessages(key string) (*http.Response, error) {
	return http.Get(base + "/messages?apikey=" + key)
}

// Have: the key appended to a full URL literal.
func listTemplates(key string) (*http.Response, error) {
	return http.Get("https://api.whispir.com/templates?apikey=" + key)
}
