package repro

import (
	"net/http"
	"net/url"
)

const base = "https://api.whispir.com"

// lastQuery is what the last fetch sent, for Again.
var lastQuery url.Values

func fetch(endpoint, key string, q url.Values) error {
	q.Set("apikey", key)
	lastQuery = q
	resp, err := http.Get(endpoint + "?" + q.Encode())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Messages(key string) error {
	return fetch(base+"/messages", key, url.Values{"limit": {"5"}})
}

// Again repeats the last query.
func Again() error {
	resp, err := http.Get(base + "/messages?" + lastQuery.Encode())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
