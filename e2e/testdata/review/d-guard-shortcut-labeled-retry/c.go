package repro

import (
	"net/http"
)

func Messages(hc *http.Client, key string) error {
	tries := 0
retry:
	resp, err := hc.Get("https://api.whispir.com/messages?apikey=" + key)
	if err != nil {
		tries++
		if tries < 3 {
			goto retry
		}
		return err
	}
	return resp.Body.Close()
}
