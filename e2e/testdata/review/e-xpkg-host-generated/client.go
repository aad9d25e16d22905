package repro

import (
	"net/http"

	"example.com/repro/cfg"
)

func Messages(key string) error {
	resp, err := http.Get(cfg.Base + "/messages?apikey=" + key)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
