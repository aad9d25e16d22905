package pairptr

import (
	"net/http"
	"strings"
)

// pair is a header name and value.
type pair [2]string

// expand turns the shorthand "key" into the API key header's name.
func (p *pair) expand() {
	if strings.EqualFold(p[0], "key") {
		p[0] = "X-Api-Key"
	}
}

type api struct {
	key string
	hc  *http.Client
}

func (a *api) get(u string, headers []pair) error {
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	for _, h := range headers {
		h.expand()
		if h[1] == "" {
			req.Header.Del(h[0])
			continue
		}
		req.Header.Add(h[0], h[1])
	}
	resp, err := a.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Templates lists templates; no key header may be forwarded.
func (a *api) Templates() error {
	return a.get("https://api.whispir.com/templates?apikey="+a.key, []pair{{"Accept", "application/json"}, {"key", ""}})
}
