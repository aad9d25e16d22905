// Package wl02_header replaces a request's header map after building it:
// the x-api-key header goes after the replacement, or, where the map is
// replaced under a condition, the fix is declined.
package wl02_header

import "net/http"

func Get(c *http.Client, key string) error {
	req, err := http.NewRequest(http.MethodGet, "https://api.whispir.com/workspaces?apikey="+key, nil) // want `WL02: Whispir API key sent as a query parameter`
	if err != nil {
		return err
	}
	req.Method = http.MethodGet
	req.Header = http.Header{"Accept": {"application/vnd.whispir.workspace-v1+json"}}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Get2(c *http.Client, key string) error {
	req, err := http.NewRequest(http.MethodGet, "https://api.whispir.com/messages?apikey="+key, nil) // want `WL02: .*the request's Header is replaced \(line \d+\)`
	if err != nil {
		return err
	}
	if key != "" {
		req.Header = http.Header{}
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
