// Shared part of every run-time oracle. scripts/realclients.sh copies this
// file and one library's oracle_test.go into a directory of the rehosted
// copy of that library (a package of the library's own module, so internal
// packages are importable) and runs `go test` there twice: before the fix
// (the record must show the legacy shape, which validates the rehost) and
// after it. Nothing here talks to the network: every request ends in the
// recording transport, which answers each with a canned 200.

package whispirlintoracle

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"sync"
	"testing"
)

// Key is the API key every oracle gives its client.
const Key = "KEY-123"

type request struct {
	Method string
	URL    string
	Header http.Header
	Body   string
}

type method struct {
	Name     string
	Requests []request
	Panic    string `json:",omitempty"`
}

// recorder is an http.RoundTripper that records every request under the
// method being called and answers it with the method's canned response.
type recorder struct {
	mu       sync.Mutex
	methods  []method
	current  int // index into methods, -1 outside a call
	response string
}

var rec = &recorder{current: -1}

func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	var body []byte
	if req.Body != nil {
		body, _ = io.ReadAll(req.Body)
		req.Body.Close()
	}
	r.mu.Lock()
	resp := r.response
	if r.current < 0 {
		r.methods = append(r.methods, method{Name: "(outside any method)"})
		r.current = len(r.methods) - 1
		defer func() { r.current = -1 }()
	}
	m := &r.methods[r.current]
	m.Requests = append(m.Requests, request{req.Method, req.URL.String(), req.Header.Clone(), string(body)})
	r.mu.Unlock()
	return &http.Response{
		Status:        "200 OK",
		StatusCode:    http.StatusOK,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        http.Header{"Content-Type": {"application/json"}},
		Body:          io.NopCloser(strings.NewReader(resp)),
		ContentLength: int64(len(resp)),
		Request:       req,
	}, nil
}

// client is an *http.Client whose requests the recorder takes.
func client() *http.Client { return &http.Client{Transport: rec} }

// call calls one public method of the library under name, answering its
// requests with response. The method's error is logged, not checked: the
// response is a stub, and the oracle judges the requests, not the results.
//
// With $ORACLE_ONLY set, only the method of that name is called: the harness
// runs each method alone under coverage to learn which key sites it reaches.
func call(t *testing.T, name, response string, f func() error) {
	t.Helper()
	if only := os.Getenv("ORACLE_ONLY"); only != "" && only != name {
		return
	}
	rec.mu.Lock()
	rec.methods = append(rec.methods, method{Name: name})
	rec.current = len(rec.methods) - 1
	rec.response = response
	rec.mu.Unlock()
	defer func() {
		p := recover()
		rec.mu.Lock()
		if p != nil {
			rec.methods[rec.current].Panic = fmt.Sprint(p)
		}
		rec.current = -1
		rec.mu.Unlock()
	}()
	if err := f(); err != nil {
		t.Logf("%s: %v (ignored: the response is a stub)", name, err)
	}
}

// TestMain sends whatever uses http.DefaultTransport to the recorder too,
// runs the oracle and writes the record to $ORACLE_OUT.
func TestMain(m *testing.M) {
	http.DefaultTransport = rec
	code := m.Run()
	if out := os.Getenv("ORACLE_OUT"); out != "" {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetIndent("", "  ")
		err := enc.Encode(struct{ Methods []method }{rec.methods})
		if err == nil {
			err = os.WriteFile(out, buf.Bytes(), 0o644)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "oracle:", err)
			code = 1
		}
	}
	os.Exit(code)
}
