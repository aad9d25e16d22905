// Package free keeps a Whispir base URL that the package importing it
// (crosspkg/freeuser) uses without the key: its host is rewritten.
package free

import "net/http"

const Base = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: use the regional host api.au.whispir.com`

func Workspaces(key string) (*http.Response, error) {
	return http.Get(Base + "/workspaces?apikey=" + key) // want `WL02: Whispir API key sent as a query parameter`
}
