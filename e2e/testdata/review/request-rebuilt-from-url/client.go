package repro

import (
	"net/http"
)

func Messages(k string, c *http.Client) error {
	req, err := http.NewRequest("GET", "https://api.whispir.com/messages?apikey="+k, nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		retry, err := http.NewRequest(req.Method, req.URL.String(), nil)
		if err != nil {
			return err
		}
		resp, err = c.Do(retry)
		if err != nil {
			return err
		}
	}
	return resp.Body.Close()
}

func Contacts(k string, c *http.Client) error {
	req, err := http.NewRequest("GET", "https://api.whispir.com/contacts?apikey="+k, nil)
	if err != nil {
		return err
	}
	if _, err := c.Do(req); err == nil {
		return nil
	}
	_, err = c.Get(req.URL.String())
	return err
}
