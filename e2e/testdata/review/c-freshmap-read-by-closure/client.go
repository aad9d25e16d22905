package repro

import (
	"net/http"
	"net/url"
)

const base = "https://api.whispir.com"

func fetch(endpoint, key string, q url.Values) error {
	q.Set("apikey", key)
	resp, err := http.Get(endpoint + "?" + q.Encode())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Messages retries with the same query (which carries the key after fetch).
func Messages(key string) error {
	q := url.Values{"limit": {"5"}}
	retry := func() error {
		resp, err := http.Get(base + "/messages?" + q.Encode())
		if err != nil {
			return err
		}
		return resp.Body.Close()
	}
	if err := fetch(base+"/messages", key, q); err != nil {
		return err
	}
	return retry()
}
