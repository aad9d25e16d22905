package fields

import "net/http"

// Have: the base URL kept in a struct field and a package variable.
type Client struct {
	base string
	key  string
}

func New(key string) *Client {
	return &Client{base: "https://api.whispir.com", key: key} // want `WL01: retired Whispir host api.whispir.com`
}

var endpoint = "https://api.us.whispir.com/messages"

func (c *Client) Send() error {
	u := c.base + "/messages?apikey=" + c.key // want `WL02`
	req, err := http.NewRequest(http.MethodPost, u, nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// Have: a local built from a field, the key joined later.
func (c *Client) Page(n string) error {
	list := c.base + "/messages"
	req, err := http.NewRequest(http.MethodGet, list+"?limit="+n+"&apikey="+c.key, nil) // want `WL02`
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

func Post(key string) error {
	req, err := http.NewRequest(http.MethodPost, endpoint+"?apikey="+key, nil) // want `WL02`
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// Not a finding: an apikey parameter on a base URL with no Whispir evidence.
type Maps struct{ base, key string }

func (m *Maps) Geocode() (*http.Response, error) {
	return http.Get(m.base + "/geocode?apikey=" + m.key)
}
