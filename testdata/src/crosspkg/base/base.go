// Package base keeps the Whispir base URL; package crosspkg/user, which
// imports it, adds the key in ways this pass cannot see: no host of this
// package is rewritten.
package base

import "net/http"

const Base = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: .*package crosspkg/user, which uses this package, writes the key parameter \(user.go:\d+\) where this pass cannot follow it`

func Workspaces(key string) (*http.Response, error) {
	return http.Get(Base + "/workspaces?apikey=" + key) // want `WL02: .*package crosspkg/user, which uses this package, writes the key parameter \(user.go:\d+\) where this pass cannot follow it: migrate that first`
}
