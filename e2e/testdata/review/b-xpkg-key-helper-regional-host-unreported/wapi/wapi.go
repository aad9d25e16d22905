// Package wapi holds what the API clients of this module share.
package wapi

import "net/url"

// WithKey adds the API key to a query.
func WithKey(q url.Values, key string) {
	q.Set("apikey", key)
}
