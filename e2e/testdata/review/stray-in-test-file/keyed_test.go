package repro

import (
	"net/http"
)

// keyed adds the key to every request, as the live tests did.
type keyed struct {
	key  string
	next http.RoundTripper
}

func (k keyed) RoundTrip(r *http.Request) (*http.Response, error) {
	q := r.URL.Query()
	q.Set("apikey", k.key)
	r.URL.RawQuery = q.Encode()
	return k.next.RoundTrip(r)
}
