package mapcb

import (
	"net/http"
	"strings"
)

// Post sends body; the key's bytes are wiped while the body is filtered,
// in the same statement, so no copy of the secret outlives the call.
func Post(hc *http.Client, key []byte, body string) error {
	resp, err := hc.Post("https://api.whispir.com/messages?apikey="+string(key), "text/plain", strings.NewReader(strings.Map(func(r rune) rune {
		for i := range key {
			key[i] = '*'
		}
		return r
	}, body)))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
