// Package wapi holds what the API clients of this module share.
package wapi

// Base is the API's base URL.
var Base = "https://api.us.whispir.com"
