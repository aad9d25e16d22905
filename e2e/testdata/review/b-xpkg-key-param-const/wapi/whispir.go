// Package wapi holds what the API clients of this module share.
package wapi

// Base is the API's base URL.
const Base = "https://api.whispir.com"

// KeyParam is the name of the query parameter that carries the API key.
const KeyParam = "apikey"
