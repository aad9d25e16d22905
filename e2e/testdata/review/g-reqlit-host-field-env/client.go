package x

import (
	"net/http"
	"net/url"
	"os"
)

// Messages lists messages. WHISPIR_HOST_HEADER overrides the Host header
// (for a gateway that routes on it).
func Messages(key string) error {
	u, err := url.Parse("https://api.whispir.com/messages?apikey=" + key)
	if err != nil {
		return err
	}
	req := &http.Request{Method: http.MethodGet, URL: u, Host: os.Getenv("WHISPIR_HOST_HEADER")}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Status checks the account, the same way.
func Status(key string) error {
	u, err := url.Parse("https://api.whispir.com/status?apikey=" + key)
	if err != nil {
		return err
	}
	req, err := http.NewRequest(http.MethodGet, u.String(), nil)
	if err != nil {
		return err
	}
	req.Host = os.Getenv("WHISPIR_HOST_HEADER")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
