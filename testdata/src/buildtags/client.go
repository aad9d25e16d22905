// Package buildtags keeps its Whispir base URL in a file every build holds;
// client_windows.go, which a Linux build excludes, sends the key in the
// query on it: no host of the package is rewritten.
package buildtags

import "net/http"

const base = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: .*a file of the package that this build excludes \(client_windows.go:\d+\) names the key parameter where this pass cannot follow it`

func Workspaces(user, pass string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, base+"/workspaces", nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(user, pass)
	return http.DefaultClient.Do(req)
}
