// Package shape32 mirrors prometheus/client_golang and go-github's
// c.client.Do(req.WithContext(ctx)): the request is made without a context
// and the context attached in the Do call.
package shape32

import (
	"context"
	"net/http"
)

// Shape32 reads workspace ws2 with the caller's context.
func Shape32(ctx context.Context, hc *http.Client, key string) error {
	req, err := http.NewRequest(http.MethodGet, "https://api.whispir.com/workspaces/ws2?apikey="+key, nil)
	if err != nil {
		return err
	}
	resp, err := hc.Do(req.WithContext(ctx))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
