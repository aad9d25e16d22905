package repro

import "net/http"

const base = "https://api.whispir.com"

// keyTransport adds the API key to every request for the Whispir API.
type keyTransport struct {
	key  string
	next http.RoundTripper
}

func (t *keyTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.URL.Host == "api.whispir.com" {
		r = r.Clone(r.Context())
		q := r.URL.Query()
		q.Set("apikey", t.key)
		r.URL.RawQuery = q.Encode()
	}
	return t.next.RoundTrip(r)
}

// NewClient returns an HTTP client that sends key to Whispir.
func NewClient(key string, next http.RoundTripper) *http.Client {
	return &http.Client{Transport: &keyTransport{key: key, next: next}}
}

func Messages(c *http.Client) error {
	resp, err := c.Get(base + "/messages")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Avatar fetches a contact's picture from the CDN: no key.
func Avatar(c *http.Client) error {
	resp, err := c.Get("https://cdn.example.com/avatar.png")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
