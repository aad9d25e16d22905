package x

import (
	"flag"
	"net/http"
	"net/url"

	"example.com/x/api"
)

var apiKey = flag.String("apikey", "", "Whispir API key")

// Messages lists messages; the query parameter is named after the flag
// that holds the key.
func Messages() error {
	q := url.Values{}
	q.Set(flag.Lookup("apikey").Name, *apiKey)
	resp, err := http.Get(api.Base + "/messages?" + q.Encode())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
