// Package dclient adds the key to a URL whose base it is given: no Whispir
// in sight here, but crosspkg/ddefaults, which imports it, fills the base
// with a retired host (alertmanager's config defaults and notify/wechat).
package dclient

import (
	"net/http"
	"net/url"
)

type Config struct {
	APIURL *url.URL
	Token  string
}

func Send(c *Config) (*http.Response, error) {
	u := *c.APIURL
	u.Path += "message/send"
	q := u.Query()
	q.Set("apikey", c.Token) // want `WL02: Whispir API key may be sent as a query parameter: the key parameter is used where the fix cannot follow it`
	u.RawQuery = q.Encode()
	return http.Get(u.String())
}
