package repro

import (
	"net/http"
)

func Messages(buf []byte, c *http.Client) error {
	u := "https://api.whispir.com/messages?apikey=" + string(buf)
	buf[0] = 'X'
	req, err := http.NewRequest("GET", u, nil)
	if err != nil {
		return err
	}
	_, err = c.Do(req)
	return err
}

func Contacts(buf []byte, c *http.Client) error {
	u := "https://api.whispir.com/contacts?apikey=" + string(buf)
	copy(buf, "ZZ")
	req, err := http.NewRequest("GET", u, nil)
	if err != nil {
		return err
	}
	_, err = c.Do(req)
	return err
}
