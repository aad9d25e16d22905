package repro

import (
	"net/http"
	"net/url"

	"example.com/repro/wapi"
)

func Messages(c *http.Client, key string) error {
	q := url.Values{}
	q.Set(wapi.KeyParam, key)
	resp, err := c.Get(wapi.Base + "/messages?" + q.Encode())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
