// Package shape43 mirrors aws-sdk-go-v2's waiters: poll a status endpoint
// on a ticker until done or the attempts run out, a new request each time.
package shape43

import (
	"context"
	"net/http"
	"time"
)

// Shape43 polls the status of message m3 a given number of times.
func Shape43(ctx context.Context, hc *http.Client, key string, attempts int) error {
	ticker := time.NewTicker(time.Millisecond)
	defer ticker.Stop()
	for i := 0; i < attempts; i++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet,
			"https://api.whispir.com/messages/m3/messagestatus?apikey="+key+"&view=detailed", nil)
		if err != nil {
			return err
		}
		resp, err := hc.Do(req)
		if err != nil {
			return err
		}
		resp.Body.Close()
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ticker.C:
		}
	}
	return nil
}
