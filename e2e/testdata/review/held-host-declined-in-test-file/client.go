package repro

import (
	"net/http"
)

const Base = "https://api.whispir.com"

func Messages(k string, c *http.Client) error {
	req, err := http.NewRequest("GET", Base+"/messages?apikey="+k, nil)
	if err != nil {
		return err
	}
	_, err = c.Do(req)
	return err
}
