package repro

import (
	"net/http"
	"os"
)

func Send(c *http.Client) (*http.Response, error) {
	return c.Get(os.Getenv("WHISPIR_MESSAGES_URL"))
}
