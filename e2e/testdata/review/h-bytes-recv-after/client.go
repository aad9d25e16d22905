package recvafter

import (
	"net/http"
	"time"
)

// Rotator hands out the current key; a new key is written into the same
// buffer when the next cursor is handed over.
type Rotator struct {
	buf    []byte
	cursor chan string
}

// Start rotates the key once the first cursor is taken.
func (r *Rotator) Start(next []byte) {
	r.cursor = make(chan string)
	go func() {
		time.Sleep(50 * time.Millisecond) // the rotation takes a while
		copy(r.buf, next)
		r.cursor <- "c1"
	}()
}

// Page fetches a page of messages.
func (r *Rotator) Page(hc *http.Client) error {
	resp, err := hc.Get("https://api.whispir.com/messages?apikey=" + string(r.buf) + "&cursor=" + <-r.cursor)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
