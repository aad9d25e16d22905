package credkey

import "net/http"

// Not a finding without -secrets-in-tests.
func fixture(req *http.Request) {
	req.Header.Set("x-api-key", "k3y0123456789abc")
}
