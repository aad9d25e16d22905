// Package wl02_strays mentions the key parameter where the flow model
// cannot follow it: such a stray blocks the fixes of the functions that
// share values with it, not the whole package.
package wl02_strays

import (
	"log"
	"net/http"
	"net/url"
)

const base = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com`

type Client struct {
	key string
	hc  *http.Client
}

func (c *Client) Workspaces() (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, base+"/workspaces?apikey="+c.key, nil) // want `WL02: Whispir API key sent as a query parameter`
	if err != nil {
		return nil, err
	}
	return c.hc.Do(req)
}

// Debug logs a URL: it shares values with every exported method.
func (c *Client) Debug(u *url.URL) { logRequest(u) }

// logRequest logs a copy of the query with the key redacted: that copy
// reaches no request.
func logRequest(u *url.URL) {
	q := u.Query()
	q.Set("apikey", "hidden")
	log.Printf("GET %s?%s", u.Path, q.Encode())
}

// legacyQuery builds a query for a tool of its own: nothing here calls it,
// and it shares no variable or field with the client.
func legacyQuery(m map[string]string) url.Values {
	q := url.Values{}
	for k, v := range m {
		q.Set(k, v)
	}
	q.Set("apikey", m["key"]) // want `WL02: Whispir API key may be sent as a query parameter: the key parameter is used where the fix cannot follow it; .* Until then no Whispir fix is offered in the functions that share values with it`
	return q
}

// A key added where the fix cannot follow it holds the hosts of its URL.
type Other struct {
	key string
	q   url.Values
}

const otherBase = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: .*`

func (o *other) events() (*http.Response, error) {
	return http.Get(otherBase + "/events?apikey=" + o.key) // want `WL02: .*its URL is built from otherBase, which the site at line \d+ keeps with the key in the query`
}

type other Other

func (o *other) addKey() {
	o.q.Set("apikey", o.key) // want `WL02: Whispir API key sent as a query parameter: .*the query values are not held in a local variable`
	o.events()
}
