package repro

import (
	"net/http"

	"example.com/repro/wapi"
)

// Messages lists the messages, the key in the query (the legacy way).
func Messages(c *http.Client, key string) error {
	resp, err := c.Get(wapi.Base + "/messages?apikey=" + key)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
