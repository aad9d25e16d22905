package fixer

import (
	"encoding/base64"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDecodeBasic(t *testing.T) {
	for _, tc := range []struct {
		header, user, password string
		ok                     bool
	}{
		{"Basic YWxpY2U6d29uZGVybGFuZA==", "alice", "wonderland", true},
		{"basic  YWxpY2U6d29uZGVybGFuZA==", "alice", "wonderland", true},
		{"Basic YWxpY2U6d29uZGVybGFuZA", "alice", "wonderland", true},   // raw standard
		{"Basic Y2Fyb2w6czNjcjN0Ky8_Pg==", "carol", "s3cr3t+/?>", true}, // URL alphabet
		{"Basic Y2Fyb2w6czNjcjN0Ky8/Pg", "carol", "s3cr3t+/?>", true},   // raw standard, '/'
		{"Basic OnBhc3N3b3Jk", "", "password", true},                    // ":password"
		{"Basic dXNlcjpwYTpzcw==", "user", "pa:ss", true},               // first ':' splits
		{"Basic bm9jb2xvbg==", "", "", false},                           // no ':'
		{"Basic ZGF2ZTr//g==", "", "", false},                           // not UTF-8
		{"Basic dXNlcjoKcGFzcw==", "", "", false},                       // control character
		{"Basic not%base64!", "", "", false},                            // not base64
		{"Basic YWxpY2U6d29uZGVybGFuZA== extra", "", "", false},         // two words
		{"Basic authentication failed", "", "", false},                  // prose
		{"Basic ", "", "", false},                                       // no token
		{"Basic", "", "", false},                                        // no token
		{"BasicYWxpY2U6d29uZGVybGFuZA==", "", "", false},                // no space
		{"Bearer YWxpY2U6d29uZGVybGFuZA==", "", "", false},              // other scheme
		{"", "", "", false},
	} {
		user, password, _, ok := DecodeBasic(tc.header)
		if ok != tc.ok || user != tc.user || password != tc.password {
			t.Errorf("DecodeBasic(%q) = %q, %q, %v; want %q, %q, %v", tc.header, user, password, ok, tc.user, tc.password, tc.ok)
		}
	}
}

func TestAuthTokenAndLooksLikeKey(t *testing.T) {
	for _, tc := range []struct {
		header, scheme string
		key            bool
	}{
		{"App 003026bbc133714df1834b8638bb496e-8f4b3d9a", "App", true},
		{"app 003026bbc133714df1834b8638bb496e", "App", true},
		{"IBSSO 2f9b4d31f35b6f98a7c1e0d2b3a4c5d6", "IBSSO", true},
		{"App Store", "App", false},
		{"App version 2.0.1", "App", false},
		{"App abcdefghijklmnopqrstuvwxyz", "App", false}, // no digit: a word, not a key
		{"App 0123456789", "App", false},                 // too short
		{"Application 003026bbc133714df1834b8638bb496e", "App", false},
	} {
		token, ok := AuthToken(tc.header, tc.scheme)
		if got := ok && LooksLikeKey(token); got != tc.key {
			t.Errorf("AuthToken(%q, %q) = %q, %v; key = %v, want %v", tc.header, tc.scheme, token, ok, got, tc.key)
		}
	}
}

func TestBasicEncodingName(t *testing.T) {
	for token, want := range map[string]string{
		"YWxpY2U6d29uZGVybGFuZA==": "StdEncoding",
		"Y2Fyb2w6czNjcjN0Ky8_Pg==": "URLEncoding",
		"Y2Fyb2w6czNjcjN0Ky8/Pg":   "RawStdEncoding",
		"Y2Fyb2w6czNjcjN0Ky8_Pg":   "RawURLEncoding",
		"not base64!":              "",
	} {
		if got := BasicEncodingName(token); got != want {
			t.Errorf("BasicEncodingName(%q) = %q, want %q", token, got, want)
		}
	}
}

func TestBasicForms(t *testing.T) {
	forms := BasicForms("carol:s3cr3t+/?>")
	want := []string{"Y2Fyb2w6czNjcjN0Ky8/Pg==", "Y2Fyb2w6czNjcjN0Ky8_Pg==", "Y2Fyb2w6czNjcjN0Ky8/Pg", "Y2Fyb2w6czNjcjN0Ky8_Pg"}
	if strings.Join(forms, " ") != strings.Join(want, " ") {
		t.Errorf("BasicForms = %q, want %q", forms, want)
	}
}

// FuzzDecodeBasic checks that decoding never panics, that what it accepts
// is printable user:password text that the token really encodes, and that
// every Basic header built from such text decodes back to it.
func FuzzDecodeBasic(f *testing.F) {
	for _, s := range []string{"Basic YWxpY2U6d29uZGVybGFuZA==", "basic Y2Fyb2w6czNjcjN0Ky8_Pg", "Basic ZGF2ZTr//g==", "Basic =", "Basic \xff", "App x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, header string) {
		user, password, token, ok := DecodeBasic(header)
		if ok {
			if !utf8.ValidString(user) || !utf8.ValidString(password) || strings.Contains(user, ":") {
				t.Fatalf("DecodeBasic(%q) = %q, %q: not user:password text", header, user, password)
			}
			if !strings.HasSuffix(header, token) || BasicEncodingName(token) == "" {
				t.Fatalf("DecodeBasic(%q): token %q is not the header's base64", header, token)
			}
		}
		// Round trip: any printable text with a ':' encodes to a header
		// that decodes back to it.
		userPass := strings.ToValidUTF8(header, "")
		if !strings.Contains(userPass, ":") || !printable(userPass) {
			return
		}
		u, p, _, ok := DecodeBasic("Basic " + base64.StdEncoding.EncodeToString([]byte(userPass)))
		if !ok || u+":"+p != userPass {
			t.Fatalf("round trip of %q = %q, %q, %v", userPass, u, p, ok)
		}
	})
}
