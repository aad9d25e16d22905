// Package shape29 mirrors clients that assemble the URL in a
// strings.Builder (common in CLIs and small clients).
package shape29

import (
	"net/http"
	"strings"
)

// Shape29 lists the contacts sorted by name.
func Shape29(hc *http.Client, key string) error {
	var b strings.Builder
	b.WriteString("https://api.whispir.com")
	b.WriteString("/contacts?")
	b.WriteString("apikey=")
	b.WriteString(key)
	b.WriteString("&sortOrder=asc")
	resp, err := hc.Get(b.String())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
