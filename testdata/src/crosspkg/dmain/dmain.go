// Command dmain hands a retired host to crosspkg/dclient, which adds the
// key to it: a package main is imported by no one, but its host stays
// until the key moves with it, like crosspkg/ddefaults'.
package main

import (
	"net/url"
	"os"

	"crosspkg/dclient"
)

func main() {
	u, _ := url.Parse("https://api.whispir.com/cgi-bin/") // want `WL01: retired Whispir host api.whispir.com: .*package crosspkg/dclient, which this package uses, writes the key parameter \(dclient.go:\d+\) where this pass cannot follow it`
	resp, err := dclient.Send(&dclient.Config{APIURL: u, Token: os.Getenv("WHISPIR_KEY")})
	if err == nil {
		resp.Body.Close()
	}
}
