package repro

import (
	"net/http"
	"net/url"
)

const base = "https://api.whispir.com"

// sign adds the key to u and returns it.
func sign(u *url.URL, key string) *url.URL {
	q := u.Query()
	q.Set("apikey", key)
	u.RawQuery = q.Encode()
	return u
}

func Messages(key string) error {
	u, err := url.Parse(base + "/messages?limit=5")
	if err != nil {
		return err
	}
	s := sign(u, key)
	resp, err := http.Get(s.String())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
