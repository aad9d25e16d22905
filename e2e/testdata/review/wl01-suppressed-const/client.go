package repro

import (
	"net/http"
)

//whispirlint:ignore WL01 overridden in production by config
const base = "https://api.whispir.com"

func Messages(k string, c *http.Client) error {
	req, err := http.NewRequest("GET", base+"/messages?apikey="+k, nil)
	if err != nil {
		return err
	}
	_, err = c.Do(req)
	return err
}
