package repro

import (
	"net/http"
	"net/url"

	"example.com/repro/wapi"
)

// withParam returns u with one more query parameter.
func withParam(u, name, value string) string {
	return u + "?" + url.Values{name: {value}}.Encode()
}

func Messages(c *http.Client, key string) error {
	resp, err := c.Get(withParam(wapi.Base+"/messages", "apikey", key))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
