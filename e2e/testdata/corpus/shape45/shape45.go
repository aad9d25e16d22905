// Package shape45 mirrors ports of .NET/Java samples that keep URL
// templates with {placeholders} ("/messages?apikey={0}") and fill them with
// strings.NewReplacer.
package shape45

import (
	"net/http"
	"strings"
)

const templatesURL = "{base}/templates?apikey={key}&limit={limit}"

// Shape45 lists the templates.
func Shape45(hc *http.Client, key string) error {
	u := strings.NewReplacer("{base}", "https://api.whispir.com", "{key}", key, "{limit}", "30").Replace(templatesURL)
	resp, err := hc.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
