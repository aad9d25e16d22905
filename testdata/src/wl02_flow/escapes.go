// Package wl02_flow holds the shapes of the flow model: where a URL with the
// API key goes, and which requests get the header.
package wl02_flow

import (
	"bytes"
	"context"
	"log"
	"net/http"
	"time"
)

func post(c *http.Client, u string, body []byte) error {
	resp, err := c.Post(u, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Have: the URL goes to a helper that is given the key in a new parameter;
// the other request here gets no header.
func SendThenPing(key string, c *http.Client, body []byte) error {
	u := "https://api.au.whispir.com/messages?apikey=" + key // want `WL02: Whispir API key sent as a query parameter: send it only in the x-api-key header$`
	if err := post(c, u, body); err != nil {
		return err
	}
	resp, err := c.Get("https://metrics.example.com/ping")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func retry(c *http.Client, u string) (*http.Response, error) {
	time.Sleep(time.Millisecond)
	return c.Get(u)
}

// Refused: the URL is also sent again by a retry helper, in the error check
// that the rewrite of c.Get repeats after the new request.
func WithRetry(c *http.Client, key string) (*http.Response, error) {
	u := "https://api.au.whispir.com/messages?apikey=" + key // want `WL02: .*line 4\d that the rewrite of a request copies`
	resp, err := c.Get(u)
	if err != nil {
		return retry(c, u)
	}
	return resp, nil
}

// Refused: the request variable may hold a request to another host.
func Mirror(key string, c *http.Client, mirror bool) error {
	req, err := http.NewRequest("GET", "https://api.au.whispir.com/messages?apikey="+key, nil) // want `WL02: .*req also holds another request`
	if mirror {
		req, err = http.NewRequest("GET", "https://mirror.example.com/messages", nil)
	}
	if err != nil {
		return err
	}
	_, err = c.Do(req)
	return err
}

// Refused: a closure sends the URL later.
func Closure(key string, c *http.Client) func() error {
	u := "https://api.au.whispir.com/messages?apikey=" + key // want `WL02: .*used by a closure`
	return func() error {
		_, err := c.Get(u)
		return err
	}
}

type Client struct {
	key string
	hc  *http.Client
}

// Have: sent through WithContext, the request used again afterwards.
func (c *Client) Messages(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, "https://api.au.whispir.com/messages?apikey="+c.key, nil) // want `WL02`
	if err != nil {
		return nil, err
	}
	resp, err := c.hc.Do(req.WithContext(ctx))
	logRequest(req, err)
	return resp, err
}

// Have: a clone is sent; the header is set before the clone is made.
func (c *Client) Clone(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, "https://api.au.whispir.com/templates?apikey="+c.key, nil) // want `WL02`
	if err != nil {
		return nil, err
	}
	r2 := req.Clone(ctx)
	return c.hc.Do(r2)
}

// Have: the request replaced by its own WithContext copy.
func (c *Client) Rebound(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, "https://api.au.whispir.com/events?apikey="+c.key, nil) // want `WL02`
	if err != nil {
		return nil, err
	}
	req = req.WithContext(ctx)
	return c.hc.Do(req)
}

func logRequest(r *http.Request, err error) {
	log.Printf("%s %s: %v", r.Method, r.URL.Path, err)
}

// Refused: the request's error is not checked right after it is built.
func LateCheck(c *http.Client, key string) error {
	req, err := http.NewRequest(http.MethodGet, "https://api.au.whispir.com/messages?apikey="+key, nil) // want `WL02: .*error is not checked right after`
	log.Print("built")
	if err != nil {
		return err
	}
	_, err = c.Do(req)
	return err
}
