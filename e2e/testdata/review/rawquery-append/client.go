package repro

import (
	"net/http"
)

func A(k string, c *http.Client) error {
	req, err := http.NewRequest("GET", "https://api.whispir.com/messages?limit=5", nil)
	if err != nil {
		return err
	}
	req.URL.RawQuery += "&apikey=" + k
	_, err = c.Do(req)
	return err
}

func B(k string, c *http.Client) error {
	req, err := http.NewRequest("GET", "https://api.whispir.com/contacts?limit=5", nil)
	if err != nil {
		return err
	}
	req.URL.RawQuery = "apikey=" + k + "&" + req.URL.RawQuery
	_, err = c.Do(req)
	return err
}

func D(k string, c *http.Client) error {
	req, err := http.NewRequest("GET", "https://api.whispir.com/templates", nil)
	if err != nil {
		return err
	}
	if req.URL.RawQuery != "" {
		req.URL.RawQuery += "&"
	}
	req.URL.RawQuery += "apikey=" + k
	_, err = c.Do(req)
	return err
}
