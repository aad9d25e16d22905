package repro

import (
	"net/http"
	"strings"
)

const base = "https://api.whispir.com"

func signed(p, key string) (string, error) {
	key = strings.TrimPrefix(key, "whispir:") // keys are stored with their provider
	u := base + p + "?apikey=" + key
	return u, nil
}

func Messages(key string) error {
	u, err := signed("/messages", key)
	if err != nil {
		return err
	}
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
