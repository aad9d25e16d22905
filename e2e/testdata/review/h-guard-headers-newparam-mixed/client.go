package mixed

import (
	"context"
	"net/http"
	"sync"
)

var client = http.DefaultClient

func doRequest(ctx context.Context, method, endPoint string, header map[string]string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, endPoint, nil)
	if err != nil {
		return nil, err
	}
	if header != nil && len(header) > 0 {
		for k, v := range header {
			req.Header.Add(k, v)
		}
	}
	return client.Do(req)
}

func closeIt(resp *http.Response, err error) error {
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Send posts a message.
func Send(ctx context.Context, token string) error {
	header := map[string]string{"Content-Type": "application/json"}
	return closeIt(doRequest(ctx, "POST", "https://api.whispir.com/messages?apikey="+token, header))
}

// List lists messages with headers the caller names.
func List(ctx context.Context, token string) error {
	return listWith(ctx, token, map[string]string{"Accept": "application/json"})
}

func listWith(ctx context.Context, token string, h map[string]string) error {
	return closeIt(doRequest(ctx, "GET", "https://api.whispir.com/messages?apikey="+token, h))
}

// Ping checks two other hosts at once.
func Ping(ctx context.Context) error {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		doRequest(ctx, "GET", "https://example.com/ping", nil)
	}()
	err := closeIt(doRequest(ctx, "GET", "https://example.org/ping", map[string]string{"X-Trace": "1"}))
	wg.Wait()
	return err
}
