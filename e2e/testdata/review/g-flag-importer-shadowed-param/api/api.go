// Package api holds the Whispir API's base URL and a status check.
package api

import "net/http"

// Base is the Whispir API.
const Base = "https://api.whispir.com"

// Status checks the account.
func Status(key string) error {
	resp, err := http.Get(Base + "/status?apikey=" + key)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
