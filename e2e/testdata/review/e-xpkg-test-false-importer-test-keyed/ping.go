package repro

import "net/http"

// Ping sends a GET to u.
func Ping(u string) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
