package repro

import (
	"net/http"
)

func send(u string, apiKey string) error {
	tries := 0
again:
	resp, err := func() (*http.Response, error) {
		req, err := http.NewRequest(http.MethodGet, u, nil)
		if err != nil {
			return nil, err
		}
		if apiKey != "" {
			req.Header.Set("x-api-key", apiKey)
		}
		return http.DefaultClient.Do(req)
	}()
	if err != nil {
		tries++
		if tries < 2 {
			goto again
		}
		return err
	}
	return resp.Body.Close()
}

func Messages(key string) error {
	return send("https://api.au.whispir.com/messages", key)
}

func Hook() error {
	return send("https://hooks.example.com/x", "")
}
