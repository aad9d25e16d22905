package sprintf

import (
	"fmt"
	"net/http"
)

type Client struct {
	whispirBase string
	key         string
	hc          *http.Client
}

// Have: Sprintf with the key last, the base URL from a field named for Whispir.
func (c *Client) Templates() error {
	u := fmt.Sprintf("%s/templates?apikey=%s", c.whispirBase, c.key) // want `WL02: Whispir API key sent as a query parameter`
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	_, err = c.hc.Do(req)
	return err
}

// Have: the key in the middle, a legacy host in the format, %v verb.
func Messages(key string, n int) error {
	req, err := http.NewRequest("GET", fmt.Sprintf("https://api.whispir.com/messages?apikey=%v&limit=%d", key, n), nil) // want `WL02: .* and use the regional host api.au.whispir.com instead of api.whispir.com`
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// Have: explicit argument indexes: reported, fixed by hand.
func Indexed(key string) error {
	req, err := http.NewRequest("GET", fmt.Sprintf("https://api.au.whispir.com/messages?apikey=%[1]s", key), nil) // want `WL02: .*by hand`
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// Have: a retired host in a format without a key.
func Contact(id string) string {
	return fmt.Sprintf("https://api.whispir.com/contacts/%s", id) // want `WL01: retired Whispir host api.whispir.com`
}

// Not a finding: another service's apikey.
func Other(key string) string {
	return fmt.Sprintf("https://api.example.com/v1/items?apikey=%s", key)
}
