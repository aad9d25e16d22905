package repro

import (
	"net/http"
	"net/url"
)

func A(k, override string, c *http.Client) error {
	q := url.Values{}
	q.Set("apikey", k)
	if override != "" {
		q.Set("apikey", override)
	}
	req, err := http.NewRequest("GET", "https://api.whispir.com/a?"+q.Encode(), nil)
	if err != nil {
		return err
	}
	_, err = c.Do(req)
	return err
}

func B(k, override string, c *http.Client) error {
	q := url.Values{"apikey": {k}}
	if override != "" {
		q["apikey"] = []string{override}
	}
	req, err := http.NewRequest("GET", "https://api.whispir.com/b?"+q.Encode(), nil)
	if err != nil {
		return err
	}
	_, err = c.Do(req)
	return err
}
