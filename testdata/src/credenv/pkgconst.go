package credenv

import (
	"credenv/creds"
	"net/http"
)

// Have: constants of another package, whose import only they use.
func pkgconst(req *http.Request) {
	req.SetBasicAuth(creds.User, creds.Password) // want `WL11`
}
