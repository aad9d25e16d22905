// Package shape11 mirrors hashicorp/go-retryablehttp: Client.Do retries a
// request on 5xx with a backoff, rewinding the body from a byte slice for
// every attempt; the URL (with the key) is made once by the caller.
package shape11

import (
	"bytes"
	"context"
	"net/http"
	"time"
)

// Client retries failed requests.
type Client struct {
	HTTPClient   *http.Client
	RetryMax     int
	RetryWaitMin time.Duration
}

// Request is a request with a replayable body.
type Request struct {
	body []byte
	*http.Request
}

// NewRequest makes a request whose body can be re-read.
func NewRequest(method, url string, body []byte) (*Request, error) {
	req, err := http.NewRequest(method, url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	return &Request{body: body, Request: req}, nil
}

// Do sends req until it does not fail with a 5xx or RetryMax is reached.
func (c *Client) Do(req *Request) (*http.Response, error) {
	var resp *http.Response
	var err error
	for i := 0; ; i++ {
		req.Body = http.NoBody
		if req.body != nil {
			req.Request.Body = readCloser{bytes.NewReader(req.body)}
		}
		resp, err = c.HTTPClient.Do(req.Request)
		if err == nil && resp.StatusCode < 500 || i >= c.RetryMax {
			return resp, err
		}
		if err == nil {
			resp.Body.Close()
		}
		time.Sleep(c.RetryWaitMin)
	}
}

type readCloser struct{ *bytes.Reader }

func (readCloser) Close() error { return nil }

// Shape11 sends a message, retrying once on 503.
func Shape11(ctx context.Context, hc *http.Client, key string) error {
	c := &Client{HTTPClient: hc, RetryMax: 2, RetryWaitMin: time.Millisecond}
	req, err := NewRequest(http.MethodPost, "https://api.whispir.com/messages?apikey="+key, []byte(`{"to":"61400000000","subject":"hi"}`))
	if err != nil {
		return err
	}
	req.Request = req.Request.WithContext(ctx)
	req.Header.Set("Content-Type", "application/vnd.whispir.message-v1+json")
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
