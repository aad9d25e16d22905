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

// Status is public: no key.
func Status() error {
	return notify("https://api.whispir.com/status")
}
