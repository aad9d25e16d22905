package repro

import (
	"net/http"
)

const base = "https://api.whispir.com"

func send(u string) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Messages(key string) error {
	return send(base + "/messages?apikey=" + key)
}
