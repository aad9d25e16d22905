package repro

import "net/http"

// Messages is the Windows service's poll.
func Messages(c *http.Client, key string) error {
	resp, err := c.Get(base + "/messages?apikey=" + key)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
