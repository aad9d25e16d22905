package repro

import "net/http"

const base = "https://api.whispir.com"

// Health reads the API's health endpoint, which takes no key.
func Health(c *http.Client) error {
	req, err := http.NewRequest("GET", base+"/health", nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
