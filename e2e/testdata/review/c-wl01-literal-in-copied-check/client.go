package repro

import "net/http"

const base = "https://api.whispir.com"

func ping(u string) {
	if resp, err := http.Get(u); err == nil {
		resp.Body.Close()
	}
}

func Messages(key string) error {
	resp, err := http.Get(base + "/messages?apikey=" + key)
	if err != nil {
		ping("https://api.whispir.com/status")
		return err
	}
	return resp.Body.Close()
}
