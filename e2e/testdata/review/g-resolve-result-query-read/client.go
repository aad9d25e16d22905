package x

import (
	"errors"
	"net/http"
	"net/url"
)

// Messages lists messages.
func Messages(key string) error {
	base, err := url.Parse("https://api.whispir.com/v1/")
	if err != nil {
		return err
	}
	u := base.ResolveReference(&url.URL{Path: "messages", RawQuery: "apikey=" + url.QueryEscape(key)})
	if !u.Query().Has("apikey") {
		return errors.New("whispir: no API key")
	}
	resp, err := http.Get(u.String())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
