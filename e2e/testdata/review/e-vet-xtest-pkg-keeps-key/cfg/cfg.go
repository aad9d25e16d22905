package cfg

import "net/http"

// Base is the Whispir API.
const Base = "https://api.whispir.com"

// Ping sends a GET to u.
func Ping(u string) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
