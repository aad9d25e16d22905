package rangechan

import (
	"net/http"
	"time"
)

var (
	keyBuf  = []byte("k-old1")
	cursors = make(chan string, 1)
)

// Rotate writes the next key into keyBuf, then hands out the next cursor.
func Rotate(next []byte, cursor string) {
	go func() {
		time.Sleep(50 * time.Millisecond) // the rotation takes a while
		copy(keyBuf, next)
		cursors <- cursor
	}()
}

// nextCursor waits for the next page cursor.
func nextCursor() string {
	for c := range cursors {
		return c
	}
	return ""
}

// Page fetches the next page of messages.
func Page(hc *http.Client) error {
	resp, err := hc.Get("https://api.whispir.com/messages?apikey=" + string(keyBuf) + "&cursor=" + nextCursor())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
