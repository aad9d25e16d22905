// Package ddefaults keeps the default base of crosspkg/dclient, which adds
// the key to it: the host stays until the key moves with it.
package ddefaults

import (
	"net/url"

	"crosspkg/dclient"
)

func Default(token string) *dclient.Config {
	u, _ := url.Parse("https://api.whispir.com/cgi-bin/") // want `WL01: retired Whispir host api.whispir.com: .*package crosspkg/dclient, which this package uses, writes the key parameter \(dclient.go:\d+\) where this pass cannot follow it`
	return &dclient.Config{APIURL: u, Token: token}
}
