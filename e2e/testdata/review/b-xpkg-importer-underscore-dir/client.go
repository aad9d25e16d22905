package repro

import (
	"net/http"

	"example.com/repro/wapi"
)

// Health reads the health endpoint, which takes no key.
func Health(c *http.Client) error {
	resp, err := c.Get(wapi.Base + "/health")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
