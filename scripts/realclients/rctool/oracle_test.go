package main

import (
	"net/http"
	"strings"
	"testing"
)

func req(method, url, body string, header ...string) request {
	h := http.Header{}
	for i := 0; i+1 < len(header); i += 2 {
		h.Add(header[i], header[i+1])
	}
	return request{Method: method, URL: url, Header: h, Body: body}
}

var legacyReq = req("POST", "https://api.whispir.com/messages?limit=5&apikey=KEY-123", `{"a":1}`, "Authorization", "Basic x")

func TestLegacyShape(t *testing.T) {
	for _, tc := range []struct {
		name string
		m    method
		want string // substring of the reason; "" for legacy
	}{
		{"legacy", method{Requests: []request{legacyReq}}, ""},
		{"no request", method{}, "sent no request"},
		{"panic", method{Requests: []request{legacyReq}, Panic: "boom"}, "panicked"},
		{"other host", method{Requests: []request{req("GET", "https://maps.example.com/x?apikey=KEY-123", "")}}, "goes to https://maps.example.com"},
		{"no key", method{Requests: []request{req("GET", "https://api.whispir.com/x?token=KEY-123", "")}}, "exactly once as apikey"},
		{"key twice", method{Requests: []request{req("GET", "https://api.whispir.com/x?apikey=KEY-123&apikey=KEY-123", "")}}, "exactly once as apikey"},
		{"header already", method{Requests: []request{req("GET", "https://api.whispir.com/x?apikey=KEY-123", "", "x-api-key", "KEY-123")}}, "already has"},
	} {
		got := legacyShape(tc.m)
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("%s: legacyShape = %q, want %q", tc.name, got, tc.want)
		}
		if strings.Contains(got, "KEY-123") {
			t.Errorf("%s: the reason shows the key: %q", tc.name, got)
		}
	}
}

func TestVerdict(t *testing.T) {
	right := req("POST", "https://api.au.whispir.com/messages?limit=5", `{"a":1}`, "Authorization", "Basic x", "X-Api-Key", "KEY-123")
	for _, tc := range []struct {
		name  string
		after []request
		kind  string
		why   string
	}{
		{"unchanged", []request{legacyReq}, "legacy", ""},
		{"unchanged, parameters reordered", []request{req("POST", "https://api.whispir.com/messages?apikey=KEY-123&limit=5", `{"a":1}`, "Authorization", "Basic x")}, "legacy", ""},
		{"changed on the retired host", []request{req("POST", "https://api.whispir.com/messages?limit=5", `{"a":1}`, "X-Api-Key", "KEY-123")}, "WRONG", "still goes to the retired host"},
		{"migrated, parameters reordered", []request{req("POST", "https://api.au.whispir.com/messages?limit=5", `{"a":1}`, "X-Api-Key", "KEY-123")}, "right", ""},
		{"migrated", []request{right}, "right", ""},
		{"host only", []request{req("POST", "https://api.au.whispir.com/messages?limit=5&apikey=KEY-123", `{"a":1}`)}, "WRONG", "still in the query"},
		{"header added, key kept", []request{req("POST", "https://api.au.whispir.com/messages?limit=5&apikey=KEY-123", `{"a":1}`, "X-Api-Key", "KEY-123")}, "WRONG", "still in the query"},
		{"key dropped, no header", []request{req("POST", "https://api.au.whispir.com/messages?limit=5", `{"a":1}`)}, "WRONG", "0 X-Api-Key"},
		{"two headers", []request{req("POST", "https://api.au.whispir.com/messages?limit=5", `{"a":1}`, "X-Api-Key", "KEY-123", "X-Api-Key", "KEY-123")}, "WRONG", "2 X-Api-Key"},
		{"other parameter lost", []request{req("POST", "https://api.au.whispir.com/messages", `{"a":1}`, "X-Api-Key", "KEY-123")}, "WRONG", "query"},
		{"path changed", []request{req("POST", "https://api.au.whispir.com/message?limit=5", `{"a":1}`, "X-Api-Key", "KEY-123")}, "WRONG", "path"},
		{"method changed", []request{req("GET", "https://api.au.whispir.com/messages?limit=5", `{"a":1}`, "X-Api-Key", "KEY-123")}, "WRONG", "method"},
		{"body changed", []request{req("POST", "https://api.au.whispir.com/messages?limit=5", `{}`, "X-Api-Key", "KEY-123")}, "WRONG", "body"},
		{"key in another header", []request{req("POST", "https://api.au.whispir.com/messages?limit=5", `{"a":1}`, "X-Api-Key", "KEY-123", "X-Debug", "KEY-123")}, "WRONG", "also in header"},
		{"plain http", []request{req("POST", "http://api.au.whispir.com/messages?limit=5", `{"a":1}`, "X-Api-Key", "KEY-123")}, "WRONG", "the key goes to http://"},
		{"key to another host", []request{req("POST", "https://api.nz.whispir.com/messages?limit=5", `{"a":1}`, "X-Api-Key", "KEY-123")}, "WRONG", "the key goes to"},
		{"extra request", []request{right, right}, "WRONG", "1 requests before, 2 after"},
	} {
		kind, why := verdict(method{Requests: []request{legacyReq}}, method{Requests: tc.after})
		if kind != tc.kind || !strings.Contains(why, tc.why) {
			t.Errorf("%s: verdict = %s %q, want %s %q", tc.name, kind, why, tc.kind, tc.why)
		}
	}
}
