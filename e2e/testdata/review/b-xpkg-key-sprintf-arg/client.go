package repro

import (
	"fmt"
	"net/http"

	"example.com/repro/wapi"
)

func Messages(c *http.Client, key string) error {
	resp, err := c.Get(fmt.Sprintf("%s/messages?%s=%s", wapi.Base, "apikey", key))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
