package credbasic

import "net/http"

// Not a finding without -secrets-in-tests: fixtures of tests are skipped.
func fixture(req *http.Request) {
	req.SetBasicAuth("alice", "wonderland")
	req.Header.Set("Authorization", "Basic YWxpY2U6d29uZGVybGFuZA==")
}
