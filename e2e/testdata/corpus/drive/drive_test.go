// Package drive calls every shape of the corpus against a recording
// http.RoundTripper and checks the requests it sends, as the Whispir API
// would see them.
//
// CORPUS_EXPECT=legacy expects the requests of the module as shipped;
// CORPUS_EXPECT=migrated expects, for every shape not named in
// CORPUS_UNCHANGED (comma-separated), the migrated request on
// https://api.$CORPUS_REGION.whispir.com (region au by default) with the key
// only in the x-api-key header; the shapes named in CORPUS_UNCHANGED must
// still send their legacy request. Unset, the test is skipped.
package drive

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"corpus/shape01"
	"corpus/shape02"
	"corpus/shape03"
	"corpus/shape04"
	"corpus/shape05"
	"corpus/shape06"
	"corpus/shape07"
	"corpus/shape08"
	"corpus/shape09"
	"corpus/shape10"
	"corpus/shape11"
	"corpus/shape12"
	"corpus/shape13"
	"corpus/shape14"
	"corpus/shape15"
	"corpus/shape16"
	"corpus/shape17"
	"corpus/shape18"
	"corpus/shape19"
	"corpus/shape20"
	"corpus/shape21"
	"corpus/shape22"
	"corpus/shape23"
	"corpus/shape24"
	"corpus/shape25"
	"corpus/shape26"
	"corpus/shape27"
	"corpus/shape28"
	"corpus/shape29"
	"corpus/shape30"
	"corpus/shape31"
	"corpus/shape32"
	"corpus/shape33"
	"corpus/shape34"
	"corpus/shape35"
	"corpus/shape36"
	"corpus/shape37"
	"corpus/shape38"
	"corpus/shape39"
	"corpus/shape40"
	"corpus/shape41"
	"corpus/shape42"
	"corpus/shape43"
	"corpus/shape44"
	"corpus/shape45"
	"corpus/shape46"
)

const key = "KEY-123"

// The hosts are spelled in pieces so that whispirlint leaves this file alone.
var (
	legacyHost = strings.Join([]string{"api", "whispir", "com"}, ".")
	whispirTLD = "." + strings.Join([]string{"whispir", "com"}, ".")
)

// A recorder answers every request with 200 and "{}" (or 503 for the first
// fail503 requests) and keeps them.
type recorder struct {
	mu      sync.Mutex
	reqs    []*http.Request
	fail503 int
}

func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.reqs = append(r.reqs, req)
	status := http.StatusOK
	if r.fail503 > 0 {
		r.fail503--
		status = http.StatusServiceUnavailable
	}
	return &http.Response{StatusCode: status, Body: io.NopCloser(strings.NewReader("{}")), Header: http.Header{}, Request: req}, nil
}

func (r *recorder) reset(fail503 int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.reqs, r.fail503 = nil, fail503
}

// A want is one Whispir request a shape must send.
type want struct {
	method, path string
	query        string // the parameters other than the key, sorted, "&"-joined
	basic        bool   // Basic credentials are sent
}

// A shape is one call site of the corpus and the requests it sends.
type shape struct {
	name     string
	call     func(t *testing.T, hc *http.Client, rec *recorder) error
	whispir  []want // the Whispir requests, in any order
	others   int    // how many other requests it sends
	scheme   string // of the legacy request: "https" unless set
	keyParam string // of the legacy request: "apikey" unless set
	fail503  int    // how many first requests get 503
}

func get(path, query string) []want { return []want{{http.MethodGet, path, query, false}} }

func shapes() []shape {
	ctx := context.Background()
	return []shape{
		{name: "Shape01", whispir: get("/workspaces/ws1/messages", "limit=10"),
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape01.Shape01(ctx, hc, key) }},
		{name: "Shape02", whispir: get("/messages/m1/messagestatus", ""),
			call: func(t *testing.T, _ *http.Client, rec *recorder) error { return shape02.Shape02(ctx, rec, key) }},
		{name: "Shape03", whispir: get("/templates/t9", ""),
			call: func(t *testing.T, _ *http.Client, _ *recorder) error { return shape03.Shape03(ctx, key) }},
		{name: "Shape04", whispir: []want{{http.MethodDelete, "/contacts/c4", "", true}},
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape04.Shape04(hc, key) }},
		{name: "Shape05", whispir: get("/workspaces/ws5/events", "sort=desc"),
			call: func(t *testing.T, _ *http.Client, _ *recorder) error {
				_, err := shape05.Shape05("ws5", key)
				return err
			}},
		{name: "Shape06", whispir: []want{{http.MethodGet, "/distributionlists", "PageSize=50", true}},
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape06.Shape06(hc, key) }},
		{name: "Shape07", whispir: get("/scenarios", ""),
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape07.Shape07(hc, key) }},
		{name: "Shape08", whispir: get("/users", "status=ACTIVE"),
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape08.Shape08(ctx, hc, key) }},
		{name: "Shape09", whispir: get("/customlists", "type=CONTACT"),
			call: func(t *testing.T, _ *http.Client, _ *recorder) error { return shape09.Shape09(key) }},
		{name: "Shape10", whispir: []want{{http.MethodGet, "/importcontacts", "limit=5", true}},
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape10.Shape10(hc, key) }},
		{name: "Shape11", fail503: 1,
			whispir: []want{{http.MethodPost, "/messages", "", false}, {http.MethodPost, "/messages", "", false}},
			call:    func(t *testing.T, hc *http.Client, _ *recorder) error { return shape11.Shape11(ctx, hc, key) }},
		{name: "Shape12", whispir: get("/workspaces", ""),
			call: func(t *testing.T, _ *http.Client, rec *recorder) error { return shape12.Shape12(rec, key) }},
		{name: "Shape13", whispir: get("/contacts", "firstName=Ann"),
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape13.Shape13(ctx, hc, key) }},
		{name: "Shape14", whispir: get("/assets/a1", ""),
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape14.Shape14(ctx, hc, key) }},
		{name: "Shape15", whispir: get("/callbacks/cb1", ""),
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape15.Shape15(ctx, hc, key) }},
		{name: "Shape16", whispir: []want{{http.MethodPost, "/messages", "", false}},
			call: func(t *testing.T, _ *http.Client, _ *recorder) error {
				w := httptest.NewRecorder()
				shape16.Shape16(key).ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/notify", strings.NewReader(`{"subject":"x"}`)))
				if w.Code != http.StatusOK {
					return fmt.Errorf("handler answered %d: %s", w.Code, w.Body)
				}
				return nil
			}},
		{name: "Shape17", whispir: []want{{http.MethodDelete, "/callbacks/cb2", "", true}},
			call: func(t *testing.T, hc *http.Client, _ *recorder) error {
				return shape17.Shape17(hc, key, "user", "pass")
			}},
		{name: "Shape18", whispir: slices.Concat(get("/messages/m1/messagestatus", ""), get("/messages/m2/messagestatus", "")),
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape18.Shape18(hc, key, "m1", "m2") }},
		{name: "Shape19", whispir: []want{{http.MethodPost, "/activities", "source=job", false}},
			call: func(t *testing.T, hc *http.Client, _ *recorder) error {
				return shape19.Shape19(hc, key, func() error { return nil })
			}},
		{name: "Shape20", whispir: get("/workspaces/ws2/contacts", ""),
			call: func(t *testing.T, _ *http.Client, _ *recorder) error { return shape20.Shape20(key) }},
		{name: "Shape21", whispir: get("/templates", "offset=20"),
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape21.Shape21(ctx, hc, key) }},
		{name: "Shape22", whispir: get("/users", ""),
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape22.Shape22(hc, key) }},
		{name: "Shape23", whispir: get("/workspaces/ws3", ""),
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape23.Shape23(hc, key) }},
		{name: "Shape24", whispir: get("/resources", ""), scheme: "http",
			call: func(t *testing.T, _ *http.Client, _ *recorder) error { return shape24.Shape24(key) }},
		{name: "Shape25", whispir: get("/messages/m5/messageresponses", "view=summary"),
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape25.Shape25(hc, key) }},
		{name: "Shape26", whispir: get("/messages", ""),
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape26.Shape26(hc, key) }},
		{name: "Shape27", whispir: get("/workspaces/ws7/events", ""),
			call: func(t *testing.T, hc *http.Client, _ *recorder) error {
				return shape27.Shape27(hc, shape27.MapConfig{"whispir.workspace": "ws7", "whispir.apikey": key})
			}},
		{name: "Shape28", whispir: []want{{http.MethodPost, "/workspaces/ws8/contacts", "", true}},
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape28.Shape28(hc, key) }},
		{name: "Shape29", whispir: get("/contacts", "sortOrder=asc"),
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape29.Shape29(hc, key) }},
		{name: "Shape30", whispir: get("/workspaces/ws3/distributionlists/dl3", ""),
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape30.Shape30(hc, key) }},
		{name: "Shape31", whispir: []want{{http.MethodPost, "/workspaces/ws1/messages", "", true}},
			call: func(t *testing.T, hc *http.Client, _ *recorder) error {
				return shape31.Shape31(hc, key, "user", "pass")
			}},
		{name: "Shape32", whispir: get("/workspaces/ws2", ""),
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape32.Shape32(ctx, hc, key) }},
		{name: "Shape33", whispir: []want{{http.MethodPost, "/messages", "", true}}, keyParam: "apiKey",
			call: func(t *testing.T, hc *http.Client, _ *recorder) error {
				return shape33.Shape33(ctx, hc, key, "user", "pass")
			}},
		{name: "Shape34", whispir: []want{{http.MethodPost, "/workspaces", "", false}},
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape34.Shape34(hc, key) }},
		{name: "Shape35", whispir: []want{{http.MethodPost, "/templates", "", false}},
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape35.Shape35(ctx, hc, key) }},
		{name: "Shape36", whispir: []want{{http.MethodDelete, "/messages/m6", "", false}},
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape36.Shape36(hc, key) }},
		{name: "Shape37", whispir: get("/workspaces/ws7/contacts", "fields=firstName"),
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape37.Shape37(hc, key) }},
		{name: "Shape38", whispir: get("/workspaces", "limit=1"),
			call: func(t *testing.T, _ *http.Client, _ *recorder) error {
				t.Setenv("WHISPIR_API_KEY", key)
				_, err := shape38.Shape38()
				return err
			}},
		{name: "Shape39", whispir: get("/scenarios", ""),
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape39.Shape39(hc, key) }},
		{name: "Shape40", whispir: get("/templates/t4", ""),
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape40.Shape40(hc, key) }},
		{name: "Shape41", whispir: get("/events", "limit=25&status=ACTIVE"),
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape41.Shape41(hc, key) }},
		{name: "Shape42", whispir: []want{{http.MethodPost, "/callbacks", "", false}},
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape42.Shape42(hc, key) }},
		{name: "Shape43", whispir: slices.Concat(get("/messages/m3/messagestatus", "view=detailed"), get("/messages/m3/messagestatus", "view=detailed")),
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape43.Shape43(ctx, hc, key, 2) }},
		{name: "Shape44", whispir: []want{{http.MethodPost, "/messages", "", false}}, others: 1,
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape44.Shape44(ctx, hc, key) }},
		{name: "Shape45", whispir: get("/templates", "limit=30"),
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape45.Shape45(hc, key) }},
		{name: "Shape46", whispir: []want{{http.MethodPost, "/messages", "", false}}, others: 1,
			call: func(t *testing.T, hc *http.Client, _ *recorder) error { return shape46.Shape46(hc, key) }},
	}
}

func TestCorpus(t *testing.T) {
	mode := os.Getenv("CORPUS_EXPECT")
	switch mode {
	case "":
		t.Skip("CORPUS_EXPECT not set")
	case "legacy", "migrated":
	default:
		t.Fatalf("CORPUS_EXPECT=%q: want legacy or migrated", mode)
	}
	region := os.Getenv("CORPUS_REGION")
	if region == "" {
		region = "au"
	}
	unchanged := map[string]bool{}
	for name := range strings.SplitSeq(os.Getenv("CORPUS_UNCHANGED"), ",") {
		if name = strings.TrimSpace(name); name != "" {
			unchanged[name] = true
		}
	}

	rec := &recorder{}
	saved := http.DefaultTransport
	http.DefaultTransport = rec
	defer func() { http.DefaultTransport = saved }()

	all := shapes()
	for name := range unchanged {
		if !slices.ContainsFunc(all, func(s shape) bool { return s.name == name }) {
			t.Errorf("CORPUS_UNCHANGED names an unknown shape %s", name)
		}
	}
	for _, s := range all {
		t.Run(s.name, func(t *testing.T) {
			rec.reset(s.fail503)
			if err := callSafely(t, s, &http.Client{Transport: rec}, rec); err != nil {
				t.Fatalf("%s: %v", s.name, err)
			}
			expect := mode
			if unchanged[s.name] {
				expect = "legacy"
			}
			checkShape(t, s, rec.reqs, expect, region)
		})
	}
}

func callSafely(t *testing.T, s shape, hc *http.Client, rec *recorder) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return s.call(t, hc, rec)
}

func isWhispir(req *http.Request) bool {
	return strings.HasSuffix(req.URL.Hostname(), whispirTLD)
}

func checkShape(t *testing.T, s shape, reqs []*http.Request, expect, region string) {
	t.Helper()
	var whispir []*http.Request
	others := 0
	for _, req := range reqs {
		if isWhispir(req) {
			whispir = append(whispir, req)
			continue
		}
		others++
		if got := req.Header.Values("X-Api-Key"); len(got) != 0 {
			t.Errorf("non-Whispir request %s %s carries x-api-key %q", req.Method, req.URL, got)
		}
		if strings.Contains(strings.ToLower(req.URL.RawQuery), "apikey") {
			t.Errorf("non-Whispir request %s %s carries an API key in its query", req.Method, req.URL)
		}
	}
	if others != s.others {
		t.Errorf("sent %d non-Whispir requests, want %d", others, s.others)
	}
	if len(whispir) != len(s.whispir) {
		for _, r := range reqs {
			t.Logf("sent %s %s", r.Method, r.URL)
		}
		t.Fatalf("sent %d Whispir requests, want %d", len(whispir), len(s.whispir))
	}
	wants := slices.Clone(s.whispir)
	sort.SliceStable(whispir, func(i, j int) bool { return whispir[i].URL.Path < whispir[j].URL.Path })
	sort.SliceStable(wants, func(i, j int) bool { return wants[i].path < wants[j].path })
	for i, req := range whispir {
		checkRequest(t, s, req, wants[i], expect, region)
	}
}

func checkRequest(t *testing.T, s shape, req *http.Request, w want, expect, region string) {
	t.Helper()
	u := req.URL
	if req.Method != w.method {
		t.Errorf("%s %s: method %s, want %s", req.Method, u, req.Method, w.method)
	}
	if u.Path != w.path {
		t.Errorf("%s %s: path %q, want %q", req.Method, u, u.Path, w.path)
	}
	keyParam := s.keyParam
	if keyParam == "" {
		keyParam = "apikey"
	}
	q := u.Query()
	var keyNames, rest []string
	for k, vs := range q {
		if strings.EqualFold(k, "apikey") {
			keyNames = append(keyNames, k)
			continue
		}
		for _, v := range vs {
			rest = append(rest, k+"="+v)
		}
	}
	sort.Strings(rest)
	if got := strings.Join(rest, "&"); got != w.query {
		t.Errorf("%s %s: other query parameters %q, want %q", req.Method, u, got, w.query)
	}
	if _, _, ok := req.BasicAuth(); ok != w.basic {
		t.Errorf("%s %s: Basic credentials sent: %v, want %v", req.Method, u, ok, w.basic)
	}
	switch expect {
	case "legacy":
		scheme := s.scheme
		if scheme == "" {
			scheme = "https"
		}
		if u.Scheme != scheme || u.Host != legacyHost {
			t.Errorf("legacy request %s: want %s://%s", u, scheme, legacyHost)
		}
		if got := q[keyParam]; len(keyNames) != 1 || len(got) != 1 || got[0] != key {
			t.Errorf("legacy request %s: want exactly %s=%s in the query", u, keyParam, key)
		}
	case "migrated":
		if want := "api." + region + whispirTLD; u.Scheme != "https" || u.Host != want {
			t.Errorf("migrated request %s: want https://%s", u, want)
		}
		if len(keyNames) != 0 {
			t.Errorf("migrated request %s: the key is still in the query", u)
		}
		if got := req.Header.Values("X-Api-Key"); len(got) != 1 || got[0] != key {
			t.Errorf("migrated request %s %s: x-api-key header %q, want exactly [%q]", req.Method, u, got, key)
		}
	}
}
