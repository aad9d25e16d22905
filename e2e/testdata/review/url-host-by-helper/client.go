package repro

import (
	"net/http"
)

var Mirror = ""

func route(r *http.Request) {
	if Mirror != "" {
		r.URL.Host = Mirror
		r.URL.RawQuery = ""
	}
}

func Messages(k string, c *http.Client) error {
	req, err := http.NewRequest("GET", "https://api.whispir.com/messages?apikey="+k, nil)
	if err != nil {
		return err
	}
	route(req)
	_, err = c.Do(req)
	return err
}
