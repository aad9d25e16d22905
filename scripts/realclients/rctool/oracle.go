package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
)

// The shape a request must have, before and after the migration.
const (
	oracleKey    = "KEY-123"
	legacyHost   = "api.whispir.com"
	regionalHost = "api.au.whispir.com"
	keyParam     = "apikey"
	keyHeader    = "X-Api-Key"
)

// record is what an oracle writes (see testdata/oracle_lib_test.go): the
// requests each public method sent, in call order.
type record struct {
	Methods []method
}

type method struct {
	Name     string
	Requests []request
	Panic    string
}

type request struct {
	Method string
	URL    string
	Header http.Header
	Body   string
}

func readRecord(path string) (record, error) {
	var r record
	data, err := os.ReadFile(path)
	if err != nil {
		return r, err
	}
	if err := json.Unmarshal(data, &r); err != nil {
		return r, fmt.Errorf("%s: %v", path, err)
	}
	return r, nil
}

// checkLegacy validates a rehost: every method the oracle calls must send
// at least one request, and every request must be the legacy Whispir shape.
func checkLegacy(path string) error {
	r, err := readRecord(path)
	if err != nil {
		return err
	}
	if len(r.Methods) < 3 {
		return fmt.Errorf("%s: %d methods recorded, want at least 3", path, len(r.Methods))
	}
	bad := 0
	for _, m := range r.Methods {
		if why := legacyShape(m); why != "" {
			fmt.Printf("legacy: %s: NOT legacy: %s\n", m.Name, why)
			bad++
			continue
		}
		fmt.Printf("legacy: %s: %d request(s), legacy shape\n", m.Name, len(m.Requests))
	}
	if bad > 0 {
		return fmt.Errorf("%s: %d of %d methods are not legacy before the fix: the rehost or the oracle is wrong", path, bad, len(r.Methods))
	}
	return nil
}

// legacyShape says why m is not the legacy shape, or "" when it is:
// https://api.whispir.com, apikey=KEY-123 once in the query, no x-api-key.
func legacyShape(m method) string {
	if m.Panic != "" {
		return "panicked: " + m.Panic
	}
	if len(m.Requests) == 0 {
		return "sent no request"
	}
	for i, r := range m.Requests {
		u, err := url.Parse(r.URL)
		if err != nil {
			return fmt.Sprintf("request %d: %v", i, err)
		}
		switch {
		case u.Scheme != "https" || u.Host != legacyHost:
			return fmt.Sprintf("request %d goes to %s://%s", i, u.Scheme, u.Host)
		case !slices.Equal(u.Query()[keyParam], []string{oracleKey}):
			return fmt.Sprintf("request %d: query %q does not hold the key exactly once as %s", i, mask(u.RawQuery), keyParam)
		case len(r.Header.Values(keyHeader)) != 0:
			return fmt.Sprintf("request %d already has %s", i, keyHeader)
		}
	}
	return ""
}

// verdict classifies one method after the fix, against its legacy record.
func verdict(before, after method) (kind, why string) {
	if after.Panic != "" {
		return "WRONG", "panicked: " + after.Panic
	}
	if sameRequests(before.Requests, after.Requests) {
		return "legacy", ""
	}
	if len(before.Requests) != len(after.Requests) {
		return "WRONG", fmt.Sprintf("%d requests before, %d after", len(before.Requests), len(after.Requests))
	}
	for i := range after.Requests {
		if why := migratedPair(before.Requests[i], after.Requests[i]); why != "" {
			return "WRONG", fmt.Sprintf("request %d: %s", i, why)
		}
	}
	return "right", ""
}

func sameRequests(a, b []request) bool {
	return slices.EqualFunc(a, b, func(x, y request) bool {
		return x.Method == y.Method && canonicalURL(x.URL) == canonicalURL(y.URL) && x.Body == y.Body &&
			slices.Equal(x.Header.Values(keyHeader), y.Header.Values(keyHeader))
	})
}

// canonicalURL sorts the query's parameters: a library that builds its
// query from a Go map sends them in a different order on every run.
func canonicalURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return s
	}
	u.RawQuery = u.Query().Encode()
	return u.String()
}

// migratedPair says why after is not the right migration of before, or "".
// Right: https://api.au.whispir.com, the same method, path, other query
// parameters and body; no apikey parameter; exactly one x-api-key header
// holding the key; the key nowhere else.
func migratedPair(before, after request) string {
	bu, err := url.Parse(before.URL)
	if err != nil {
		return err.Error()
	}
	au, err := url.Parse(after.URL)
	if err != nil {
		return err.Error()
	}
	switch {
	case au.Scheme == "https" && au.Host == legacyHost:
		return "changed, but still goes to the retired host"
	case au.Scheme != "https" || au.Host != regionalHost:
		if strings.Contains(after.URL, oracleKey) || headerHolds(after.Header, oracleKey) {
			return fmt.Sprintf("the key goes to %s://%s", au.Scheme, au.Host)
		}
		return fmt.Sprintf("goes to %s://%s", au.Scheme, au.Host)
	case after.Method != before.Method:
		return fmt.Sprintf("method %s, was %s", after.Method, before.Method)
	case au.EscapedPath() != bu.EscapedPath():
		return fmt.Sprintf("path %s, was %s", au.EscapedPath(), bu.EscapedPath())
	case hasParam(au.Query(), keyParam):
		return "the key parameter is still in the query"
	case strings.Contains(after.URL, oracleKey):
		return "the key is still in the URL"
	case !sameParams(bu.Query(), au.Query()):
		return fmt.Sprintf("query %q, was %q", mask(au.RawQuery), mask(bu.RawQuery))
	case !slices.Equal(after.Header.Values(keyHeader), []string{oracleKey}):
		return fmt.Sprintf("%d %s header(s), want exactly one with the key", len(after.Header.Values(keyHeader)), keyHeader)
	case after.Body != before.Body:
		return "the body changed"
	}
	for name, vs := range after.Header {
		if http.CanonicalHeaderKey(name) != keyHeader && slices.ContainsFunc(vs, func(v string) bool { return strings.Contains(v, oracleKey) }) {
			return "the key is also in header " + name
		}
	}
	return ""
}

func hasParam(q url.Values, name string) bool {
	for k := range q {
		if strings.EqualFold(k, name) {
			return true
		}
	}
	return false
}

// sameParams reports whether after holds exactly the parameters of before
// other than the key parameter.
func sameParams(before, after url.Values) bool {
	want := url.Values{}
	for k, vs := range before {
		if !strings.EqualFold(k, keyParam) {
			want[k] = vs
		}
	}
	if len(want) != len(after) {
		return false
	}
	for k, vs := range want {
		if !slices.Equal(vs, after[k]) {
			return false
		}
	}
	return true
}

func headerHolds(h http.Header, s string) bool {
	for _, vs := range h {
		for _, v := range vs {
			if strings.Contains(v, s) {
				return true
			}
		}
	}
	return false
}

// mask hides the oracle's key in a message (it is not a secret, but a
// report that prints keys trains readers to expect them).
func mask(s string) string {
	return strings.ReplaceAll(s, oracleKey, "KEY-***")
}
