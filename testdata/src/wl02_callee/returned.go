package wl02_callee

import (
	"errors"
	"net/http"
	"net/url"
	"path"
	"strings"
)

// URLs returned in a variable: the callers' requests get the header, with
// the key each call names, or the helper and its callers stay as they are.

// Maker keeps its base and key in fields.
type Maker struct {
	endpoint string
	key      string
	hc       *http.Client
}

// Have: minio-go's makeTargetURL: the URL and an error, nil on failure.
func (m *Maker) targetURL(segments ...string) (*url.URL, error) {
	u, err := url.Parse(m.endpoint)
	if err != nil {
		return nil, err
	}
	u.Path = path.Join(append([]string{u.Path}, segments...)...)
	v := url.Values{}
	v.Set("apikey", m.key) // want `WL02: Whispir API key sent as a query parameter: send it only in the x-api-key header$`
	u.RawQuery = v.Encode()
	return u, nil
}

func NewMaker(key string) *Maker {
	return &Maker{endpoint: "https://api.whispir.com/", key: key, hc: http.DefaultClient} // want `WL01: retired Whispir host api.whispir.com: use the regional host api.au.whispir.com$`
}

func (m *Maker) Members(ws string) error {
	u, err := m.targetURL("workspaces", ws, "members")
	if err != nil {
		return err
	}
	resp, err := m.hc.Get(u.String())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (m *Maker) Delete(ws string) error {
	u, err := m.targetURL("workspaces", ws)
	if err != nil {
		return err
	}
	req, err := http.NewRequest(http.MethodDelete, u.String(), nil)
	if err != nil {
		return err
	}
	_, err = m.hc.Do(req)
	return err
}

const signedBase = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: use the regional host api.au.whispir.com$`

// Have: the key is a parameter: each call's argument goes in the header.
func signed(p, key string) (string, error) {
	if p == "" {
		return "", errors.New("no path")
	}
	u := signedBase + p + "?apikey=" + key // want `WL02: Whispir API key sent as a query parameter: send it only in the x-api-key header$`
	return u, nil
}

func Signed(key string) (*http.Response, error) {
	u, err := signed("/messages", key)
	if err != nil {
		return nil, err
	}
	return http.Get(u)
}

const twoWayBase = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: .*line \d+, which needs a change by hand`

// Refused: another return gives a URL without the key, which must get no
// header.
func twoWay(p, key string, public bool) (string, error) {
	if public {
		return "https://status.example.com" + p, nil
	}
	u := twoWayBase + p + "?apikey=" + key // want `WL02: .*the URL is returned by twoWay, which also returns another value there`
	return u, nil
}

func TwoWay(key string) (*http.Response, error) {
	u, err := twoWay("/messages", key, false)
	if err != nil {
		return nil, err
	}
	return http.Get(u)
}

const pagedBase = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: .*line \d+, which needs a change by hand`

// Refused: a caller appends to the query the key leaves.
func paged(key string) (string, error) {
	u := pagedBase + "/messages?apikey=" + key // want `WL02: .*a call of paged at line \d+: text is appended`
	return u, nil
}

func Paged(key string) (*http.Response, error) {
	u, err := paged(key)
	if err != nil {
		return nil, err
	}
	return http.Get(u + "&limit=5")
}

const condBase = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: .*line \d+, which needs a change by hand`

// Refused: the key is added under a condition the URL is not returned
// under.
func (m *Maker) maybeKeyed() (*url.URL, error) {
	u, err := url.Parse(condBase + "/contacts")
	if err != nil {
		return nil, err
	}
	if m.key != "" {
		q := u.Query()
		q.Set("apikey", m.key) // want `WL02: .*under a condition`
		u.RawQuery = q.Encode()
	}
	return u, nil
}

func (m *Maker) Contacts() error {
	u, err := m.maybeKeyed()
	if err != nil {
		return err
	}
	resp, err := m.hc.Get(u.String())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

const trimmedBase = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: .*line \d+, which needs a change by hand`

// Refused: the key parameter is rewritten before the URL is built: the
// caller's argument is not the key the URL carried.
func trimmed(p, key string) (string, error) {
	key = strings.TrimPrefix(key, "whispir:")
	u := trimmedBase + p + "?apikey=" + key // want `WL02: .*in trimmed, key changes in this function`
	return u, nil
}

func Trimmed(key string) (*http.Response, error) {
	u, err := trimmed("/messages", key)
	if err != nil {
		return nil, err
	}
	return http.Get(u)
}

// Refused: a method promoted from an embedded *Maker reads the Maker's key,
// which the caller's own key field shadows.
func (m *Maker) promoted(p string) (*url.URL, error) {
	u, err := url.Parse("https://api.whispir.com" + p) // want `WL01: retired Whispir host api.whispir.com: .*line \d+, which needs a change by hand`
	if err != nil {
		return nil, err
	}
	q := u.Query()
	q.Set("apikey", m.key) // want `WL02: .*a call of promoted at line \d+: the helper is a method promoted from an embedded field`
	u.RawQuery = q.Encode()
	return u, nil
}

// Svc embeds a Maker; its own key is the key of another service.
type Svc struct {
	*Maker
	key string
}

func (s *Svc) Messages() error {
	u, err := s.promoted("/messages")
	if err != nil {
		return err
	}
	resp, err := s.hc.Get(u.String())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

const exprBase = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: .*line \d+, which needs a change by hand`

// Refused: a call through a method expression passes the receiver first,
// so its arguments do not line up with the parameters.
func (m *Maker) keyed(p, key string) (string, error) {
	u := exprBase + p + "?apikey=" + key // want `WL02: .*the URL is returned by keyed, which is used as a value, or called nowhere in this package`
	return u, nil
}

func Keyed(m *Maker, key string) (*http.Response, error) {
	u, err := (*Maker).keyed(m, "/messages", key)
	if err != nil {
		return nil, err
	}
	return http.Get(u)
}

const rotatingBase = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: .*line \d+, which needs a change by hand`

// Rotor keeps a key that rotate changes.
type Rotor struct{ key string }

func (m *Rotor) rotate() { m.key = strings.ToUpper(m.key) }

// Refused: a deferred call may change the key after the helper read it,
// before the caller reads it for the header.
func (m *Rotor) rotating(p string) (string, error) {
	defer m.rotate()
	u := rotatingBase + p + "?apikey=" + m.key // want `WL02: .*in rotating, m.key may change in the deferred call at line \d+`
	return u, nil
}

func (m *Rotor) Rotating() (*http.Response, error) {
	u, err := m.rotating("/messages")
	if err != nil {
		return nil, err
	}
	return http.Get(u)
}
