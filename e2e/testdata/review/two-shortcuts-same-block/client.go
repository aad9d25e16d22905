package repro

import (
	"net/http"
)

func Sync(k string, c *http.Client) error {
	r1, err := c.Get("https://api.whispir.com/messages?apikey=" + k)
	if err != nil {
		return err
	}
	r1.Body.Close()
	r2, err := c.Get("https://api.whispir.com/contacts?apikey=" + k)
	if err != nil {
		return err
	}
	return r2.Body.Close()
}
