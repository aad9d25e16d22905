// Package wl02_params keeps its base URLs in fields set from a
// constructor's parameter: the retired host is the argument of a call.
package wl02_params

import (
	"net/http"
	"net/url"
)

// Client gets its base from New.
type Client struct {
	base string
	key  string
	hc   *http.Client
}

func newClient(base, key string) *Client {
	return &Client{base: base, key: key, hc: http.DefaultClient}
}

// Default talks to Whispir: the base reaches c.base through newClient.
func Default(key string) *Client {
	return newClient("https://api.whispir.com", key) // want `WL01: retired Whispir host api.whispir.com: use the regional host api.au.whispir.com$`
}

// Have: the URL is built from the field and sent here.
func (c *Client) Contacts() (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, c.base+"/contacts?apikey="+c.key, nil) // want `WL02: Whispir API key sent as a query parameter: send it only in the x-api-key header$`
	if err != nil {
		return nil, err
	}
	return c.hc.Do(req)
}

// Lister gets its endpoint from a parameter of the helper that sends.
type Lister struct {
	endpoint string
	token    string
}

var listerBase = "https://api.whispir.com/" // want `WL01: retired Whispir host api.whispir.com: use the regional host api.au.whispir.com$`

func NewLister(token string) *Lister { return &Lister{endpoint: listerBase, token: token} }

// Have: slack-go's getResource: the key goes into a map each caller makes
// for the call alone, and the host the endpoint parameter is given
// (listerBase, through the field) moves with it.
func list(endpoint, token string, values url.Values) (*http.Response, error) {
	values.Add("apikey", token) // want `WL02: Whispir API key sent as a query parameter: send it only in the x-api-key header$`
	return http.Get(endpoint + "?" + values.Encode())
}

func (l *Lister) Users() (*http.Response, error) {
	values := url.Values{"status": {"ACTIVE"}}
	return list(l.endpoint+"users", l.token, values)
}

func (l *Lister) Groups() (*http.Response, error) {
	return list(l.endpoint+"groups", l.token, url.Values{})
}

var auditBase = "https://api.whispir.com/" // want `WL01: retired Whispir host api.whispir.com: .*line \d+, which needs a change by hand`

// Refused: a caller reads its map after the call, where the key was.
func audit(endpoint, token string, values url.Values) (*http.Response, error) {
	values.Set("apikey", token) // want `WL02: .*the URL is kept in values, which lives outside this function`
	return http.Get(endpoint + "?" + values.Encode())
}

func Audit(token string) (*http.Response, string, error) {
	values := url.Values{"page": {"1"}}
	resp, err := audit(auditBase+"audit", token, values)
	return resp, values.Encode(), err
}

var loopBase = "https://api.whispir.com/" // want `WL01: retired Whispir host api.whispir.com: .*line \d+, which needs a change by hand`

// Refused: the loop passes the same map at every turn.
func pageOf(endpoint, token string, values url.Values) (*http.Response, error) {
	values.Add("apikey", token) // want `WL02: .*the URL is kept in values, which lives outside this function`
	return http.Get(endpoint + "?" + values.Encode())
}

func Pages(token string) error {
	values := url.Values{}
	for range 3 {
		resp, err := pageOf(loopBase+"pages", token, values)
		if err != nil {
			return err
		}
		resp.Body.Close()
	}
	return nil
}

var retryBase = "https://api.whispir.com/" // want `WL01: retired Whispir host api.whispir.com: .*line \d+, which needs a change by hand`

// Refused: a closure declared before the call reads the map after it,
// where the key was.
func retried(endpoint, token string, values url.Values) (*http.Response, error) {
	values.Set("apikey", token) // want `WL02: .*the URL is kept in values, which lives outside this function`
	return http.Get(endpoint + "?" + values.Encode())
}

func Retried(token string) (*http.Response, error) {
	values := url.Values{"limit": {"5"}}
	retry := func() (*http.Response, error) {
		return http.Get(retryBase + "messages?" + values.Encode())
	}
	if resp, err := retried(retryBase+"messages", token, values); err == nil {
		return resp, nil
	}
	return retry()
}

var gotoBase = "https://api.whispir.com/" // want `WL01: retired Whispir host api.whispir.com: .*line \d+, which needs a change by hand`

// Refused: a goto runs a read of the map, written before the call, after
// it, where the key was.
func again(endpoint, token string, values url.Values) (*http.Response, error) {
	values.Set("apikey", token) // want `WL02: .*the URL is kept in values, which lives outside this function`
	return http.Get(endpoint + "?" + values.Encode())
}

func Again(token string) (*http.Response, error) {
	values := url.Values{"limit": {"5"}}
	first := true
retry:
	if !first {
		return http.Get(gotoBase + "messages?" + values.Encode())
	}
	first = false
	if resp, err := again(gotoBase+"messages", token, values); err == nil {
		return resp, nil
	}
	goto retry
}
