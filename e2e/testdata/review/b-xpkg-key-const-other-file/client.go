package repro

import (
	"net/http"
	"net/url"

	"example.com/repro/wapi"
)

func Messages(c *http.Client, key string) error {
	q := url.Values{}
	q.Set(limitParam, "10")
	q.Set(keyParam, key)
	resp, err := c.Get(wapi.Base + "/messages?" + q.Encode())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
