package repro

import (
	"net/http"
)

func defaults(r *http.Request) {
	r.Header = http.Header{"Accept": {"application/json"}}
}

func Messages(k string, c *http.Client) error {
	req, err := http.NewRequest("GET", "https://api.whispir.com/messages?apikey="+k, nil)
	if err != nil {
		return err
	}
	defaults(req)
	_, err = c.Do(req)
	return err
}
