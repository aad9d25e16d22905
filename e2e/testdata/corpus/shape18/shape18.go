// Package shape18 mirrors the errgroup-style fan-out of batch senders: one goroutine per item, a WaitGroup, the first error
// kept; each goroutine sends its own request.
package shape18

import (
	"net/http"
	"sync"
)

// Shape18 reads the status of two messages concurrently.
func Shape18(hc *http.Client, key string, ids ...string) error {
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		firstErr error
	)
	for _, id := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := hc.Get("https://api.whispir.com/messages/" + id + "/messagestatus?apikey=" + key)
			if err == nil {
				err = resp.Body.Close()
			}
			if err != nil {
				mu.Lock()
				if firstErr == nil {
					firstErr = err
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return firstErr
}
