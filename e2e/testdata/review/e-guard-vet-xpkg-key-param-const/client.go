package repro

import (
	"net/http"

	"example.com/repro/cfg"
	"example.com/repro/keys"
)

func Messages(key string) error {
	resp, err := http.Get(cfg.Base + "/messages?" + keys.Param + "=" + key)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
