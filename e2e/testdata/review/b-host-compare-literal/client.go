package repro

import (
	"net/http"
	"net/url"
	"strings"
)

// Params is the query of an API call.
type Params url.Values

func (p Params) encode() string { return url.Values(p).Encode() }

// send adds the account's Basic credentials to requests for the Whispir API only.
func send(hc *http.Client, u, user, pass string) error {
	req, err := http.NewRequest("GET", u, nil)
	if err != nil {
		return err
	}
	if strings.HasPrefix(u, "https://api.whispir.com/") {
		req.SetBasicAuth(user, pass)
	}
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Messages(hc *http.Client, key, user, pass string) error {
	p := Params{"apikey": {key}}
	return send(hc, "https://api.whispir.com/messages?"+p.encode(), user, pass)
}
