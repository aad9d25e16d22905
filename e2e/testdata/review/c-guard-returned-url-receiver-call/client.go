package repro

import (
	"net/http"
	"net/url"
)

type Maker struct{ key string }

var n int

// next hands out a new Maker with a new key at each call.
func next() *Maker {
	n++
	if n%2 == 1 {
		return &Maker{key: "k-odd"}
	}
	return &Maker{key: "k-even"}
}

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

func Messages() error {
	u, err := next().target("/messages")
	if err != nil {
		return err
	}
	resp, err := http.Get(u.String())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
