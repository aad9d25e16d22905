// Package wapi holds what the API clients of this module share.
package wapi

import "net/url"

// Base is the API's base URL.
const Base = "https://api.whispir.com"

// Params is the query of an API call.
type Params url.Values

// URL returns Base + path with the query p.
func URL(path string, p Params) string {
	return Base + path + "?" + url.Values(p).Encode()
}
