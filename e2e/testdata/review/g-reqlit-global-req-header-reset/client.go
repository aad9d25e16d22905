package x

import (
	"net/http"
	"net/url"
)

// last is the request being sent, kept for the debug page.
var last *http.Request

// stamp gives the request being sent its standard headers.
func stamp() {
	last.Header = http.Header{"Accept": {"application/json"}}
}

// Messages lists messages.
func Messages(key string) error {
	u, err := url.Parse("https://api.whispir.com/messages?apikey=" + key)
	if err != nil {
		return err
	}
	last = &http.Request{Method: http.MethodGet, URL: u}
	stamp()
	resp, err := http.DefaultClient.Do(last)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
