// Package credenv holds hardcoded credentials that -secrets=env fixes.
package credenv

import (
	"net/http"
)

const base = "https://api.au.whispir.com"

// Have: Basic credentials and a key written out, next to Whispir code.
func send(req *http.Request) {
	req.Header.Set("Authorization", "Basic YWxpY2U6d29uZGVybGFuZA==") // want `WL11: hardcoded Basic credentials a…#[0-9a-f]{6}: read the user and password from the environment \(WHISPIR_USERNAME, WHISPIR_PASSWORD\)`
	req.Header.Set("x-api-key", "k3y0123456789abc")                   // want `WL12: API key k…#[0-9a-f]{6} written in the source: read it from the environment \(WHISPIR_API_KEY\)`
	h := http.Header{
		"Accept":    {"application/vnd.whispir.message-v1+json"},
		"X-Api-Key": {"k3y0123456789abc"}, // want `WL12`
	}
	_ = h
}
