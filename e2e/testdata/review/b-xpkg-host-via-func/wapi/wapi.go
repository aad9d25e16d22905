// Package wapi holds what the API clients of this module share.
package wapi

const base = "https://api.whispir.com"

// BaseURL returns the API's base URL.
func BaseURL() string { return base }
