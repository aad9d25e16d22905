// Package shape16 mirrors a gin/echo-style HTTP handler that proxies an
// incoming webhook to the Whispir API: the handler closes over the key,
// reads the incoming body and forwards it with r.Context().
package shape16

import (
	"io"
	"net/http"
)

// Shape16 returns the handler that forwards POST /notify to Whispir.
func Shape16(apiKey string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		req, err := http.NewRequestWithContext(r.Context(), http.MethodPost,
			"https://api.whispir.com/messages?apikey="+apiKey, r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		req.Header.Set("Content-Type", "application/vnd.whispir.message-v1+json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		w.WriteHeader(resp.StatusCode)
		_, _ = io.Copy(w, resp.Body)
	})
}
