package repro

import "net/http"

const base = "https://api.whispir.com"

func send(u string) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Messages(key string, alt []string) error {
	u := base + "/messages?apikey=" + key
	for _, key := range alt {
		_ = key
		if err := send(u); err != nil {
			return err
		}
	}
	return nil
}
