package repro

import (
	"net/http"
	"os"
)

// Messages reads the base URL from the environment (app.env in deployment).
func Messages(c *http.Client, key string) error {
	resp, err := c.Get(os.Getenv("WHISPIR_BASE") + "/messages?apikey=" + key)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
