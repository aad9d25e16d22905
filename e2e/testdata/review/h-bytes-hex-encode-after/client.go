package hexafter

import (
	"encoding/hex"
	"net/http"
)

// Send lists messages. buf holds the key and is reused, in the same
// statement, as scratch space for the hex nonce.
func Send(hc *http.Client, buf, nonce []byte) error {
	resp, err := hc.Get("https://api.whispir.com/messages?apikey=" + string(buf) + "&nonce=" + string(buf[:hex.Encode(buf, nonce)]))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
