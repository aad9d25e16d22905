package x

import (
	"net/http"
	"net/url"
)

// Messages lists one page of messages.
func Messages(key string, limit string) error {
	base, err := url.Parse("https://api.whispir.com/v1/")
	if err != nil {
		return err
	}
	u := base.ResolveReference(&url.URL{Path: "messages", RawQuery: "apikey=" + key})
	resp, err := http.Get(u.String() + "&limit=" + limit)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
