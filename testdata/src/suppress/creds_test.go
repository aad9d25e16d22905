package suppress

import "net/http"

// WL12 does not run on test files without -secrets-in-tests: the directive
// is not reported as unused.
func setKey(req *http.Request) {
	req.Header.Set("x-api-key", "k3yZ8aQ1w9e7r5t3") //whispirlint:ignore WL12 the sandbox key of the tests
}
