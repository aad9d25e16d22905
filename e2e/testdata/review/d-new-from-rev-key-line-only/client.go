package repro

import (
	"net/http"
)

const base = "https://api.whispir.com"

func Messages(key string) error {
	resp, err := http.Get(base + "/messages?apikey=" + key)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
