package client

import (
	"net/http"
	"net/url"

	"wl02_inert/errutils"
)

const base = "https://api.au.whispir.com/messages"

// Have: after the send, the request goes to an error constructor of
// another package that only prints its method and URL.
func Send(hc *http.Client, key string) error {
	q := url.Values{}
	q.Set("apikey", key) // want `WL02`
	req, err := http.NewRequest(http.MethodGet, base+"?"+q.Encode(), nil)
	if err != nil {
		return err
	}
	resp, err := hc.Do(req)
	if err != nil {
		return errutils.NewHTTPDoError(req, err)
	}
	return resp.Body.Close()
}

// Refused: the error keeps the request where Request gives it away.
func Status(hc *http.Client, key string) error {
	req, err := http.NewRequest(http.MethodGet, base+"?apikey="+key, nil) // want `WL02: .*passed to NewStatusError`
	if err != nil {
		return err
	}
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return errutils.NewStatusError(req, resp.StatusCode)
	}
	return nil
}

// Refused: Retry derives a new request from the URL.
func Retried(hc *http.Client, key string) error {
	req, err := http.NewRequest(http.MethodGet, base+"?apikey="+key, nil) // want `WL02: .*passed to Retry`
	if err != nil {
		return err
	}
	if _, err := hc.Do(req); err != nil {
		return errutils.Retry(req)
	}
	return nil
}
