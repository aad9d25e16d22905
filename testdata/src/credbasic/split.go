package credbasic

import "net/http"

// Have: SetBasicAuth with a constant declared in another file.
func split(req *http.Request, user string) {
	req.SetBasicAuth(user, splitPassword) // want `WL11: hardcoded Basic credentials`
}

// Have: SetBasicAuth with variables: nothing written here.
func splitVars(req *http.Request, user, password string) {
	req.SetBasicAuth(user, password)
}
