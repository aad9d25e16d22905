package repro

import (
	"context"
	"net/http"
)

func Messages(ctx context.Context, k string, c *http.Client) error {
	req, err := http.NewRequestWithContext(ctx, "GET", "https://api.whispir.com/messages?apikey="+k, nil)
	if err != nil {
		return err
	}
	shadow := req.Clone(ctx)
	shadow.URL.Host = "mirror.example.com"
	shadow.URL.RawQuery = ""
	if _, err := c.Do(shadow); err != nil {
		return err
	}
	_, err = c.Do(req)
	return err
}
