// Package wapi holds what the API clients of this module share.
package wapi

// Base is the API's base URL.
const Base = "https://api.whispir.com"
