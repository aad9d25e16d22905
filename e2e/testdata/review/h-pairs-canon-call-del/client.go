package canon

import (
	"net/http"
	"strings"
)

// Client talks to Whispir.
type Client struct {
	key string
	hc  *http.Client
}

// short names callers may use for common headers.
var aliases = map[string]string{"ct": "Content-Type", "accept": "Accept", "key": "X-Api-Key"}

// canon expands a short header name in place.
func canon(h []string) {
	if full, ok := aliases[strings.ToLower(h[0])]; ok {
		h[0] = full
	}
}

// send sends a GET with the given headers; an empty value removes the header.
func (c *Client) send(u string, headers [][]string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	for _, h := range headers {
		canon(h)
		if h[1] == "" {
			req.Header.Del(h[0])
		} else {
			req.Header.Set(h[0], h[1])
		}
	}
	return c.hc.Do(req)
}

// Messages lists messages; it makes sure no stale key header is forwarded.
func (c *Client) Messages() error {
	resp, err := c.send("https://api.whispir.com/messages?apikey="+c.key, [][]string{{"accept", "application/json"}, {"key", ""}})
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
