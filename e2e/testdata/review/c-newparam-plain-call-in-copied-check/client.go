package repro

import "net/http"

const base = "https://api.whispir.com"

func notify(u string) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Alert(key string) error {
	return notify(base + "/alerts?apikey=" + key)
}

func Messages(key string) error {
	resp, err := http.Get(base + "/messages?apikey=" + key)
	if err != nil {
		return notify("https://status.example.com/down")
	}
	return resp.Body.Close()
}
