// Package shape25 mirrors generated SDKs that keep the scheme, host and
// key parameter name as constants in a separate file (swagger-codegen's
// configuration.go) and assemble a url.URL from them in the operation.
package shape25

import (
	"net/http"
	"net/url"
)

// Shape25 reads the message responses of message m5.
func Shape25(hc *http.Client, key string) error {
	u := url.URL{Scheme: apiScheme, Host: apiHost, Path: "/messages/m5/messageresponses"}
	q := url.Values{}
	q.Set(apiKeyParam, key)
	q.Set("view", "summary")
	u.RawQuery = q.Encode()
	resp, err := hc.Get(u.String())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
