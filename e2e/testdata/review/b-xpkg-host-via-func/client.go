package repro

import (
	"net/http"

	"example.com/repro/wapi"
)

func Messages(c *http.Client, key string) error {
	resp, err := c.Get(wapi.BaseURL() + "/messages?apikey=" + key)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
