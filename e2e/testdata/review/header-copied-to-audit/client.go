package repro

import (
	"net/http"
)

func Messages(k string, c *http.Client) error {
	req, err := http.NewRequest("GET", "https://api.whispir.com/messages?apikey="+k, nil)
	if err != nil {
		return err
	}
	audit, err := http.NewRequest("POST", "https://audit.example.com/log", nil)
	if err != nil {
		return err
	}
	audit.Header = req.Header.Clone()
	if _, err := c.Do(audit); err != nil {
		return err
	}
	_, err = c.Do(req)
	return err
}
