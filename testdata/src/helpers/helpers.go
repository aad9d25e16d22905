package helpers

import (
	"context"
	"net/http"
	"os"
)

const base = "https://api.au.whispir.com"

// Have: a helper that builds and returns the request.
func newRequest(ctx context.Context, path, key string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+path+"?apikey="+key, nil) // want `WL02`
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/vnd.whispir.message-v1+json")
	return req, nil
}

// Refused: a helper that returns only the URL; the request is built elsewhere.
func endpoint(path, key string) string {
	return base + path + "?apikey=" + key // want `WL02: .*no request in this function uses the URL`
}

// Refused: the key is a call, which would run at another time.
func FromEnv() error {
	req, err := http.NewRequest(http.MethodGet, base+"/messages?apikey="+os.Getenv("WHISPIR_KEY"), nil) // want `WL02: .*not a plain variable`
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// Refused: the key changes after the URL is built.
func Rotated(key string) error {
	req, err := http.NewRequest(http.MethodGet, base+"/messages?apikey="+key, nil) // want `WL02: .*changes after the URL is built`
	if err != nil {
		return err
	}
	key = "other"
	_ = key
	_, err = http.DefaultClient.Do(req)
	return err
}

// Refused: the header map is replaced after the request is sent on.
func Replaced(key string, h http.Header) error {
	req, err := http.NewRequest(http.MethodGet, base+"/messages?apikey="+key, nil) // want `WL02: .*replaced later`
	if err != nil {
		return err
	}
	prepare(req)
	req.Header = h
	_, err = http.DefaultClient.Do(req)
	return err
}

func prepare(*http.Request) {}

var _ = endpoint
