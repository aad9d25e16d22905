package x

import (
	"net/http"
	"net/url"
	"os"
)

var calls int

func key() string { calls++; return os.Getenv("WHISPIR_API_KEY") }

func List(send bool) error {
	q := url.Values{}
	q.Set("limit", "5")
	q.Set("apikey", key())
	if send {
		req, err := http.NewRequest(http.MethodGet, "https://api.whispir.com/messages?"+q.Encode(), nil)
		if err != nil {
			return err
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return err
		}
		return resp.Body.Close()
	}
	return nil
}
