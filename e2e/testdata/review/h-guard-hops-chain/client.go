package hops

import (
	"net/http"
)

var hc = http.DefaultClient

func send(u string, header map[string]string) error {
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	for k, v := range header {
		req.Header.Add(k, v)
	}
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func viaOne(key string, h map[string]string) error {
	return send("https://api.whispir.com/messages?apikey="+key, h)
}

func viaTwo(key string, h map[string]string) error {
	return viaOne(key, h)
}

func viaThree(key string, hdr map[string]string) error {
	return viaTwo(key, hdr)
}

// Plain names only, three callers back.
func Plain(key string) error {
	return viaTwo(key, map[string]string{"Accept": "application/json"})
}

// Deep names x-api-key four callers back.
func Deep(key string) error {
	return viaThree(key, map[string]string{"X-API-KEY": key})
}

// Wide names it through a local used once, two callers back.
func Wide(key string) error {
	h := map[string]string{"x-api-key": key, "Accept": "text/plain"}
	return viaOne(key, h)
}
