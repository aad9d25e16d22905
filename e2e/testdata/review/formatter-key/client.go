package repro

import (
	"fmt"
	"net/http"
)

type Key string

// Format trims whitespace the config loader leaves around the key.
func (k Key) Format(f fmt.State, verb rune) {
	s := string(k)
	for len(s) > 0 && s[len(s)-1] == '\n' {
		s = s[:len(s)-1]
	}
	fmt.Fprint(f, s)
}

func Messages(k Key, c *http.Client) error {
	req, err := http.NewRequest("GET", fmt.Sprintf("https://api.whispir.com/messages?apikey=%s", k), nil)
	if err != nil {
		return err
	}
	_, err = c.Do(req)
	return err
}
