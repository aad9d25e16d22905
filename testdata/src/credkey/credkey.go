// Package credkey holds API keys written in the source (WL12), reported
// only: the default -secrets=report mode offers no fix.
package credkey

import (
	"fmt"
	"net/http"
	"net/url"
	"os"
)

const base = "https://api.au.whispir.com"

const apiKey = "k3y0123456789abc" // want `WL12: part of a Whispir API key k…#[0-9a-f]{6} written in the source`

// Have: the x-api-key header set to a literal or constant, any spelling.
func xAPIKey(req *http.Request) {
	req.Header.Set("x-api-key", "k3y0123456789abc")    // want `WL12: API key k…#[0-9a-f]{6} written in the source: read it from the environment \(WHISPIR_API_KEY\) or a secret store`
	req.Header.Add("X-Api-Key", apiKey)                // want `WL12: API key k…#[0-9a-f]{6}`
	req.Header["X-API-KEY"] = []string{"short"}        // want `WL12: API key …#[0-9a-f]{6}`
	_ = http.Header{"x-Api-key": {"k3y0123456789abc"}} // want `WL12`
}

// Have: the key in the query of a Whispir URL (WL02 reports it too).
func query(q url.Values) (*http.Response, error) {
	q.Set("apikey", "k3y0123456789abc") // want `WL02` `WL12: Whispir API key k…#[0-9a-f]{6} written in the source`
	_ = url.Values{"apiKey": {apiKey}}  // want `WL02` `WL12`
	return http.Get(base + "/messages?" + q.Encode())
}

// Have: an Infobip Authorization header with a key or a session token.
func infobip(req *http.Request) {
	req.Header.Set("Authorization", "App 003026bbc133714df1834b8638bb496e-8f4b3d9a") // want `WL12: Infobip API key 0…#[0-9a-f]{6} written in the source: read it from the environment \(INFOBIP_API_KEY\)`
	req.Header.Set("Authorization", "IBSSO 2f9b4d31f35b6f98a7c1e0d2b3a4c5d6")        // want `WL12: Infobip session token 2…#[0-9a-f]{6} .*expires after 60 minutes`
	req.Header.Set("Authorization", "App "+infobipKey)                               // want `WL12: Infobip API key`
}

const infobipKey = "003026bbc133714df1834b8638bb496e"

// Not findings: keys from the environment or a variable, and words that
// only look like a scheme.
func notFindings(req *http.Request, key, token string) {
	req.Header.Set("x-api-key", os.Getenv("WHISPIR_API_KEY"))
	req.Header.Set("x-api-key", key)
	req.Header.Set("x-api-key", "")
	req.Header.Set("Authorization", "App "+os.Getenv("INFOBIP_API_KEY"))
	req.Header.Set("Authorization", "App "+key)
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("x-other-key", "k3y0123456789abc")
	_ = "App Store"
	_ = "App version 2.0.1 released"
	_ = "IBSSO session expired"
}

// Have: the key given to a format string, or concatenated as a constant.
func formats() (*http.Response, error) {
	u := fmt.Sprintf("https://api.whispir.com/messages?apikey=%s&limit=%d", "k3y0123456789abc", 10) // want `WL02` `WL12: Whispir API key k…#[0-9a-f]{6}`
	_ = "https://api.whispir.com/templates?apikey=" + apiKey                                        // want `WL02` `WL12: Whispir API key k…#[0-9a-f]{6}`
	return http.Get(u)
}
