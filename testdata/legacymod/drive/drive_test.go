// Package drive runs every call of the sample module against a recording
// http.RoundTripper and checks the request it sends. Set LEGACYMOD_EXPECT to
// "legacy" (the module as shipped) or "migrated" (after whispirlint -fix,
// with LEGACYMOD_REGION naming the region); unset, the test is skipped.
package drive

import (
	"io"
	"net/http"
	"os"
	"sort"
	"strings"
	"testing"

	"example.com/legacymod/notify"
	"example.com/legacymod/whispir"
)

const key = "KEY-123"

// legacyHost is spelled so that whispirlint does not migrate the test itself.
var legacyHost = strings.Join([]string{"api", "whispir", "com"}, ".")

type recorder struct{ reqs []*http.Request }

func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	r.reqs = append(r.reqs, req)
	return &http.Response{StatusCode: 200, Body: io.NopCloser(strings.NewReader("{}")), Header: http.Header{}, Request: req}, nil
}

type want struct {
	method, path, query string // query: the parameters other than the key, sorted, "&"-joined
	basic               bool   // Basic credentials must be sent
}

func TestRequests(t *testing.T) {
	mode := os.Getenv("LEGACYMOD_EXPECT")
	if mode == "" {
		t.Skip("LEGACYMOD_EXPECT not set")
	}
	region := os.Getenv("LEGACYMOD_REGION")
	rec := &recorder{}
	http.DefaultClient.Transport = rec
	hc := &http.Client{Transport: rec}
	c := whispir.New(key, "user", "pass", hc)

	calls := []struct {
		name string
		call func() error
		want want
	}{
		{"SendMessage", func() error { return c.SendMessage("ws1", []byte("{}")) }, want{"POST", "/workspaces/ws1/messages", "", true}},
		{"ListTemplates", func() error { return c.ListTemplates(20) }, want{"GET", "/templates", "limit=20", false}},
		{"GetContact", func() error { return c.GetContact("c7") }, want{"GET", "/contacts/c7", "", true}},
		{"SearchContacts", func() error { return c.SearchContacts("ann") }, want{"GET", "/contacts", "q=ann", false}},
		{"MessageStatus", func() error { return c.MessageStatus("m1") }, want{"GET", "/messages/m1/messagestatus", "", false}},
		{"Events", func() error { return c.Events(key) }, want{"GET", "/events", "status=ACTIVE", false}},
		{"DeleteTemplate", func() error { return c.DeleteTemplate("t3") }, want{"DELETE", "/templates/t3", "", false}},
		{"Workspaces", func() error { return c.Workspaces(2) }, want{"GET", "/workspaces", "page=2", false}},
		{"Ping", func() error { _, err := notify.Ping(key); return err }, want{"GET", "/workspaces", "", false}},
		{"Send", func() error { return notify.Send(key, "{}") }, want{"POST", "/messages", "priority=high", false}},
		{"Exists", func() error { _, err := notify.Exists(hc, key, "c9"); return err }, want{"HEAD", "/contacts/c9", "", false}},
	}
	for _, tc := range calls {
		t.Run(tc.name, func(t *testing.T) {
			rec.reqs = nil
			if err := tc.call(); err != nil {
				t.Fatal(err)
			}
			if len(rec.reqs) != 1 {
				t.Fatalf("sent %d requests, want 1", len(rec.reqs))
			}
			check(t, rec.reqs[0], tc.want, mode, region)
		})
	}
}

func check(t *testing.T, req *http.Request, w want, mode, region string) {
	t.Helper()
	u := req.URL
	if req.Method != w.method {
		t.Errorf("method %s, want %s", req.Method, w.method)
	}
	if u.Path != w.path {
		t.Errorf("path %q, want %q", u.Path, w.path)
	}
	q := u.Query()
	keyInQuery := q.Get("apikey")
	q.Del("apikey")
	var rest []string
	for k, vs := range q {
		for _, v := range vs {
			rest = append(rest, k+"="+v)
		}
	}
	sort.Strings(rest)
	if got := strings.Join(rest, "&"); got != w.query {
		t.Errorf("other query parameters %q, want %q", got, w.query)
	}
	if _, _, ok := req.BasicAuth(); ok != w.basic {
		t.Errorf("Basic credentials sent: %v, want %v", ok, w.basic)
	}
	switch mode {
	case "legacy":
		if u.Host != legacyHost || keyInQuery != key {
			t.Errorf("legacy request: host %s, apikey %q", u.Host, keyInQuery)
		}
	case "migrated":
		if u.Scheme != "https" || u.Host != "api."+region+".whispir.com" {
			t.Errorf("URL %s, want https://api.%s.whispir.com", u, region)
		}
		if strings.Contains(strings.ToLower(u.RawQuery), "apikey") {
			t.Errorf("key still in the query: %s", u.RawQuery)
		}
		if got := req.Header.Values("X-Api-Key"); len(got) != 1 || got[0] != key {
			t.Errorf("x-api-key header %q, want exactly [%q]", got, key)
		}
	default:
		t.Fatalf("LEGACYMOD_EXPECT=%q: want legacy or migrated", mode)
	}
}
