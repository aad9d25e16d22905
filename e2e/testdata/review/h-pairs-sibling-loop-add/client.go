package sibling

import (
	"context"
	"net/http"
	"strings"
)

var client = http.DefaultClient

// doRequest sends a request with the name-value pairs as headers. Names
// are given in lower case by convention and canonicalized here; "key" is
// shorthand for the API key header.
func doRequest(ctx context.Context, method, endPoint string, headers [][]string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, endPoint, nil)
	if err != nil {
		return nil, err
	}
	for _, h := range headers {
		if strings.EqualFold(h[0], "key") {
			h[0] = "X-Api-Key"
		}
	}
	for _, h := range headers {
		req.Header.Add(h[0], h[1])
	}
	return client.Do(req)
}

// Send sends a message; the key goes both in the query and the header
// (some proxies strip one of them).
func Send(ctx context.Context, key string) error {
	resp, err := doRequest(ctx, "POST", "https://api.whispir.com/messages?apikey="+key, [][]string{{"accept", "application/json"}, {"key", key}})
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
