// Package wl02_genhost keeps its base URL in a generated file, which no fix
// edits: the key stays in the query of the URLs built from it.
package wl02_genhost

import "net/http"

func Get(key string) (*http.Response, error) {
	return http.Get(Base + "/workspaces?apikey=" + key) // want `WL02: .*its URL is built from Base, whose host stays retired: its retired host is not rewritten \(generated file`
}
