// Package hostileescapes spells hosts and the apikey parameter with escapes
// and raw strings. The analyzer reads constant values, not source text, so
// an escaped spelling is found like a plain one, and a fix writes a literal
// with the same value.
package hostileescapes

import (
	"net/http"
	"net/url"
)

// Have: the parameter name written with a hex escape.
func HexEscape(key string) error {
	req, err := http.NewRequest(http.MethodGet, "https://api.au.whispir.com/messages?\x61pikey="+key, nil) // want `WL02`
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// Have: octal and unicode escapes in the host and the parameter.
func OctalUnicode(key string) error {
	req, err := http.NewRequest(http.MethodGet, "https://api.\167hispir.com/m?limit=5&api\u006bey="+key, nil) // want `WL02: .*instead of api.whispir.com`
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// Have: a url.Values key written with a unicode escape.
func ValuesEscape(key string) error {
	q := url.Values{}
	q.Set("api\u006Bey", key) // want `WL02`
	req, err := http.NewRequest(http.MethodGet, "https://api.au.whispir.com/messages?"+q.Encode(), nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// Have: a raw string: the fix keeps it raw.
func Raw(key string) error {
	req, err := http.NewRequest(http.MethodGet, `https://api.whispir.com/messages?limit=5&apikey=`+key, nil) // want `WL02`
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// Have: invalid UTF-8 in the literal: the fix keeps the bytes, escaped.
func InvalidUTF8(key string) error {
	req, err := http.NewRequest(http.MethodGet, "https://api.whispir.com/m\xff\xfe?apikey="+key+"&q=\xc3", nil) // want `WL02`
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// Have: a retired host behind escapes, alone.
var Escaped = "https://api\x2ewhispir\x2ecom/v1" // want `WL01: retired Whispir host api.whispir.com`

// Not findings: escapes that spell something else.
var (
	_ = "https://api.au.whispir.com/m?\\x61pikey=x"  // a backslash, not an escape
	_ = "https://api.au.whispir.com/m?api\x2dkey=x"  // api-key
	_ = `https://api.au.whispir.com/m?api\u006bey=x` // raw: no escape
	_ = "https://api\\x2ewhispir.com/v1"             // not a host
)
