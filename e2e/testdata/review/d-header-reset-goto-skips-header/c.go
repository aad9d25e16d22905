package repro

import (
	"net/http"
)

func Messages(hc *http.Client, key string, plain bool) error {
	req, err := http.NewRequest("GET", "https://api.whispir.com/messages?apikey="+key, nil)
	if err != nil {
		return err
	}
	if plain {
		goto send
	}
	req.Header = http.Header{"Accept": {"application/json"}}
send:
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
