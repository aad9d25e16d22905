// Package shape24 mirrors the package-level singletons of older SDKs
// (sendgrid/rest's DefaultClient): a shared *http.Client in a package
// variable, the plain-http base URL in another, both set at init.
package shape24

import (
	"net/http"
	"time"
)

var (
	whispirClient = &http.Client{Timeout: 10 * time.Second}
	baseURL       = "http://api.whispir.com"
)

// Shape24 reads the resources list.
func Shape24(key string) error {
	req, err := http.NewRequest(http.MethodGet, baseURL+"/resources?apikey="+key, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "application/vnd.whispir.resource-v1+json")
	resp, err := whispirClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
