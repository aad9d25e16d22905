package repro

import "net/http"

// bareDoer drops the headers (plan9 debug builds).
type bareDoer struct{ hc *http.Client }

func (b *bareDoer) Do(req *http.Request) (*http.Response, error) {
	req.Header = http.Header{}
	return b.hc.Do(req)
}

func useBare(c *Client) { c.d = &bareDoer{hc: http.DefaultClient} }
