package fixer

import (
	"encoding/base64"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// basicEncodings are the base64 alphabets a Basic credential is found
// written in: standard (RFC 7617) and URL-safe, padded or not.
var basicEncodings = []*base64.Encoding{
	base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding,
}

// DecodeBasic decodes an Authorization header value "Basic <base64>" whose
// payload is user:password. The scheme is matched in any letter case, the
// payload in any of the four base64 alphabets. It refuses (ok false) text
// that is not one token after the scheme, is not base64, or does not decode
// to printable UTF-8 text with a ':': the word "Basic" in prose, or a token
// that merely happens to be base64.
func DecodeBasic(header string) (user, password, payload string, ok bool) {
	token, ok := AuthToken(header, "Basic")
	if !ok {
		return "", "", "", false
	}
	for _, enc := range basicEncodings {
		b, err := enc.Strict().DecodeString(token)
		if err != nil {
			continue
		}
		text := string(b)
		user, password, found := strings.Cut(text, ":")
		if !found || !printable(text) {
			return "", "", "", false
		}
		return user, password, token, true
	}
	return "", "", "", false
}

// AuthToken returns the token of an Authorization header value
// "<scheme> <token>" (scheme in any letter case, one space or more): a
// single word with no white space or control characters.
func AuthToken(header, scheme string) (string, bool) {
	if len(header) <= len(scheme) || !strings.EqualFold(header[:len(scheme)], scheme) {
		return "", false
	}
	rest := header[len(scheme):]
	token := strings.TrimLeft(rest, " ")
	if token == rest || token == "" || !printable(token) || strings.ContainsFunc(token, unicode.IsSpace) {
		return "", false
	}
	return token, true
}

// LooksLikeKey reports whether token has the shape of an API key or a
// session token: at least 16 characters from the alphabets providers use
// (letters, digits and -._~+/=), with at least one digit. It keeps words
// such as the "Store" of "App Store" from reading as keys.
func LooksLikeKey(token string) bool {
	if len(token) < 16 {
		return false
	}
	digit := false
	for _, c := range []byte(token) {
		switch {
		case '0' <= c && c <= '9':
			digit = true
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', strings.IndexByte("-._~+/=", c) >= 0:
		default:
			return false
		}
	}
	return digit
}

// printable reports whether s is valid UTF-8 with no control characters.
func printable(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	return !strings.ContainsFunc(s, unicode.IsControl)
}

// BasicForms returns the base64 forms of user:password in the four
// alphabets: what a Basic header carrying it would show.
func BasicForms(userPass string) []string {
	var forms []string
	for _, enc := range basicEncodings {
		if s := enc.EncodeToString([]byte(userPass)); !slices.Contains(forms, s) {
			forms = append(forms, s)
		}
	}
	return forms
}

// BasicEncodingName names the encoding of encoding/base64 ("StdEncoding",
// "URLEncoding", "RawStdEncoding" or "RawURLEncoding") in which the token
// of a Basic header decodes, preferring the standard one; "" if none.
func BasicEncodingName(token string) string {
	names := []string{"StdEncoding", "URLEncoding", "RawStdEncoding", "RawURLEncoding"}
	for i, enc := range basicEncodings {
		if _, err := enc.Strict().DecodeString(token); err == nil {
			return names[i]
		}
	}
	return ""
}
