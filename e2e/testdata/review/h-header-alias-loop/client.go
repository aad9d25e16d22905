package halias

import (
	"net/http"
)

var hc = http.DefaultClient

// get sends a GET; strip names headers that must not be forwarded.
func get(u string, strip []string) error {
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	h := req.Header
	for _, name := range strip {
		h.Del(name)
	}
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Messages lists messages.
func Messages(key string, strip []string) error {
	return get("https://api.whispir.com/messages?apikey="+key, strip)
}
