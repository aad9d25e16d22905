package x

import (
	"net/http"
	"net/url"
)

const messagesPath = "messages"

// Messages lists messages.
func Messages(key string) error {
	base, err := url.Parse("https://api.whispir.com/v1/?region=legacy")
	if err != nil {
		return err
	}
	u := base.ResolveReference(&url.URL{Path: messagesPath, RawQuery: "apikey=" + key})
	resp, err := http.Get(u.String())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Status checks the account.
func Status(key string) error {
	base, err := url.Parse("https://api.whispir.com/v1/")
	if err != nil {
		return err
	}
	u := base.ResolveReference(&url.URL{Path: "status", ForceQuery: true, RawQuery: "apikey=" + key})
	req, err := http.NewRequest(http.MethodGet, u.String(), nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
