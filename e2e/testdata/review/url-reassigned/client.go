package repro

import (
	"net/http"
	"net/url"
)

func Messages(k string, c *http.Client, mirror bool) error {
	req, err := http.NewRequest("GET", "https://api.whispir.com/messages?apikey="+k, nil)
	if err != nil {
		return err
	}
	if mirror {
		req.URL = &url.URL{Scheme: "https", Host: "mirror.example.com", Path: "/messages"}
	}
	_, err = c.Do(req)
	return err
}
