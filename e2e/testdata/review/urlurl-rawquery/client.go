package repro

import (
	"fmt"
	"net/http"
	"net/url"
)

func A(k string, c *http.Client) (*http.Response, error) {
	u := url.URL{Scheme: "https", Host: "api.whispir.com", Path: "/a", RawQuery: "apikey=" + k + "&limit=5"}
	return c.Get(u.String())
}

func B(k string, c *http.Client) (*http.Response, error) {
	u := &url.URL{Scheme: "https", Host: "api.whispir.com", Path: "/b", RawQuery: fmt.Sprintf("limit=%d&apikey=%s", 5, k)}
	return c.Get(u.String())
}

func D(k string, c *http.Client) (*http.Response, error) {
	u := url.URL{Scheme: "https", Host: "api.whispir.com", Path: "/d", RawQuery: url.Values{"apikey": {k}}.Encode()}
	return c.Get(u.String() + "&limit=5")
}
