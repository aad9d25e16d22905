package repro

import (
	"net/http"
	"net/url"
)

type Maker struct{ key string }

func (m *Maker) target(p string) (*url.URL, error) {
	u, err := url.Parse("https://api.whispir.com" + p)
	if err != nil {
		return nil, err
	}
	q := u.Query()
	q.Set("apikey", m.key)
	u.RawQuery = q.Encode()
	return u, nil
}

// Svc embeds a Maker; its own key field is the key of another service.
type Svc struct {
	*Maker
	key string
}

func (s *Svc) Messages() error {
	u, err := s.target("/messages")
	if err != nil {
		return err
	}
	resp, err := http.Get(u.String())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
