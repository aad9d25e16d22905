package repro

import (
	"net/http"
	"net/url"
)

func A(k string, c *http.Client) error {
	u, err := url.JoinPath("https://api.whispir.com/?apikey="+k, "messages", "1")
	if err != nil {
		return err
	}
	req, err := http.NewRequest("GET", u, nil)
	if err != nil {
		return err
	}
	_, err = c.Do(req)
	return err
}

func B(k string, c *http.Client) error {
	base, err := url.Parse("https://api.whispir.com/v1/?apikey=" + k)
	if err != nil {
		return err
	}
	ref, _ := url.Parse("contacts?limit=3")
	u := base.ResolveReference(ref)
	req, err := http.NewRequest("GET", u.String(), nil)
	if err != nil {
		return err
	}
	_, err = c.Do(req)
	return err
}

func D(k string, c *http.Client) error {
	base, err := url.Parse("https://api.whispir.com/v1?apikey=" + k)
	if err != nil {
		return err
	}
	u := *base
	u.Path = "/v1/templates"
	u.RawQuery = ""
	req, err := http.NewRequest("GET", u.String(), nil)
	if err != nil {
		return err
	}
	_, err = c.Do(req)
	return err
}
