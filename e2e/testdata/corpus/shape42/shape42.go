// Package shape42 mirrors SDKs split into a request-building package and
// a transport package (request builders apart from the transport): the request with the key is made in package wire and
// sent here.
package shape42

import (
	"net/http"

	"corpus/shape42/wire"
)

// Shape42 registers a callback.
func Shape42(hc *http.Client, key string) error {
	req, err := wire.NewCreateCallbackRequest(key, `{"name":"cb","url":"https://example.com/cb"}`)
	if err != nil {
		return err
	}
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
