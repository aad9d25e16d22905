package selection

import "net/http"

const base = "https://api.au.whispir.com"

const legacy = "https://api.whispir.com" // WL01 is disabled in this test

func send(key string) (*http.Response, error) {
	return http.Get(base + "/messages?apikey=" + key) // want "WL02"
}
