package credenv

import "net/http"

// Have: a local named os hides the package a fix would use.
func shadow(req *http.Request, os string) {
	req.SetBasicAuth("alice", "wonderland"+os) // not constant: no finding
	req.SetBasicAuth(os, "wonderland")         // want `WL11: .*; the name os is taken: import os and make the change by hand`
}
