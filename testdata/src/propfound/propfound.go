// Package propfound holds the shapes on which e2e's property test found
// fixes that were incomplete or needed a second -fix run.
package propfound

import (
	"fmt"
	"net/http"
	"net/url"
)

// Have: a retired host in a literal argument inside http.Head: its WL01
// fix and the rewrite of Head into NewRequest and Do apply in one run.
func HeadSprintf(key string) (*http.Response, error) {
	return http.Head(fmt.Sprintf("%s/messages?apikey=%s&limit=10", "https://api.whispir.com", key)) // want `WL02` `WL01`
}

// Have: the same with Post, the literal starting the URL argument.
func PostValues(key string) error {
	v := url.Values{"apikey": {key}}                                                                   // want `WL02`
	resp, err := http.Post("http://api-sni.whispir.com/messages?"+v.Encode(), "application/json", nil) // want `WL01`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Have: PostForm in a file that does not import strings: the fix adds the
// import the request body needs.
func PostForm(key string, form url.Values) error {
	resp, err := http.PostForm("https://api.au.whispir.com/messages?apikey="+key, form) // want `WL02`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Have: url.URL with a plain-http scheme: the host's fix makes it https.
func URLStruct(key string) error {
	u := url.URL{Scheme: "http", Host: "api.whispir.com", Path: "/messages", RawQuery: "apikey=" + key} // want `WL01` `WL02`
	req, err := http.NewRequest(http.MethodGet, u.String(), nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// Have: the host before the scheme.
func URLStructHostFirst() string {
	u := url.URL{Host: "api.app.whispir.it", Scheme: "http"} // want `WL01`
	return u.String()
}

// Not changed: an https scheme, and a scheme that is not a literal.
func URLStructOther(scheme string) []string {
	a := url.URL{Scheme: "https", Host: "api.whispir.com"} // want `WL01`
	b := url.URL{Scheme: scheme, Host: "api.whispir.com"}  // want `WL01`
	return []string{a.String(), b.String()}
}

// Have: the key in a named constant joined to the URL: the header sends
// the constant, not a copy of its value.
const demoKey = "demo" // want `WL12: part of a Whispir API key`

func NamedKey() error {
	req, err := http.NewRequest(http.MethodGet, "https://api.au.whispir.com/messages?apikey="+demoKey, nil) // want `WL02` `WL12`
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}
