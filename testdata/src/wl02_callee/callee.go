// Package wl02_callee builds URLs in one function and sends them in
// another: the header goes where the request is built, for all the
// helper's callers or for none.
package wl02_callee

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

const base = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com`

// Client sends every request through get and request.
type Client struct {
	key string
	hc  *http.Client
}

func (c *Client) Workspaces(ctx context.Context) ([]string, error) {
	var out []string
	err := c.get(ctx, base+"/workspaces?apikey="+c.key, &out) // want `WL02: Whispir API key sent as a query parameter`
	return out, err
}

func (c *Client) Messages(ctx context.Context, ws string) ([]string, error) {
	var out []string
	err := c.get(ctx, fmt.Sprintf("%s/workspaces/%s/messages?apikey=%s", base, ws, c.key), &out) // want `WL02: Whispir API key sent as a query parameter`
	return out, err
}

func (c *Client) get(ctx context.Context, url string, out any) error {
	return c.request(ctx, http.MethodGet, url, out)
}

func (c *Client) request(ctx context.Context, method, url string, out any) error {
	req, err := http.NewRequestWithContext(ctx, method, url, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

// Have: the key passed along with the URL, and a shortcut in the helper.
func Contacts(key string) error {
	return send(base+"/contacts?apikey="+key, key) // want `WL02: Whispir API key sent as a query parameter`
}

func send(u, key string) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Not safe: fetch also sends a URL without the key, which must not get it.
type Mixed struct{ key string }

const mixedBase = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: .*line \d+, which needs a change by hand`

func (m *Mixed) Events() error {
	return m.fetch(mixedBase + "/events?apikey=" + m.key) // want `WL02: .*the URL is sent through fetch, which is also called at line \d+ with a URL this fix does not migrate`
}

func (m *Mixed) Health() error {
	return m.fetch(mixedBase + "/health")
}

func (m *Mixed) fetch(u string) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Not safe: other packages may send other URLs through an exported helper.
const exportedBase = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: .*line \d+, which needs a change by hand`

func Scenarios(key string) error {
	return Fetch(exportedBase + "/scenarios?apikey=" + key) // want `WL02: .*the URL is passed to Fetch, which is exported`
}

func Fetch(u string) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Have: send is promoted from Shared, whose key is not Service's: it is
// given Service's key in a new parameter.
type Shared struct {
	key string
	hc  *http.Client
}

func (s *Shared) send(u string) error {
	resp, err := s.hc.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

type Service struct {
	*Shared
	key string
}

const promotedBase = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: use the regional host api.au.whispir.com$`

func (s *Service) Events() error {
	return s.send(promotedBase + "/events?apikey=" + s.key) // want `WL02: Whispir API key sent as a query parameter: send it only in the x-api-key header$`
}

// Not safe: pull is also called through an interface, with another URL.
type puller interface{ pull(u string) error }

type Pulling struct{ key string }

func (p *Pulling) pull(u string) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

const pullBase = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: .*line \d+, which needs a change by hand`

func (p *Pulling) Templates() error {
	return p.pull(pullBase + "/templates?apikey=" + p.key) // want `WL02: .*the URL is passed to pull, which is also used as a value or through an interface`
}

func Status(g puller) error { return g.pull("https://status.example.com/") }
