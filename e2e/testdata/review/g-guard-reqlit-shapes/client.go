package x

import (
	"context"
	"net/http"
	"net/url"
)

// Pages fetches n pages, each with a fresh request on the same URL.
func Pages(ctx context.Context, key string, n int) error {
	u, err := url.Parse("https://api.whispir.com/messages?apikey=" + key)
	if err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		req := &http.Request{
			Method: http.MethodGet,
			URL:    u,
		}
		req = req.WithContext(ctx)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return err
		}
		resp.Body.Close()
	}
	resp, err := http.Get(u.String())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Value builds the request as a value.
func Value(key string) error {
	u, err := url.Parse("https://api.whispir.com/status?apikey=" + key)
	if err != nil {
		return err
	}
	req := http.Request{Method: http.MethodGet, URL: u}
	resp, err := http.DefaultClient.Do(&req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
