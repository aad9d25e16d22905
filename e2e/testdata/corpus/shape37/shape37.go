// Package shape37 mirrors code that appends the key to the request's
// existing raw query after making it (req.URL.RawQuery += ...), as
// signing helpers add their parameters to req.URL after the request is made.
package shape37

import (
	"net/http"
)

// Shape37 searches the contacts of workspace ws7.
func Shape37(hc *http.Client, key string) error {
	req, err := http.NewRequest(http.MethodGet, "https://api.whispir.com/workspaces/ws7/contacts?fields=firstName", nil)
	if err != nil {
		return err
	}
	req.URL.RawQuery += "&apikey=" + key
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
