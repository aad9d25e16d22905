package repro

import (
	"net/http"
)

func send(u string) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Messages(key string) error {
	return send("https://api.whispir.com/messages?apikey=" + key)
}

func Hook() error {
	return send("https://hooks.example.com/x")
}
