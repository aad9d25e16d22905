package sinch

import "net/http"

// No string in this file names the provider: the base URL is declared in
// sinch.go, so the file is checked all the same.
func Elsewhere(user, pass string) error {
	req, err := http.NewRequest(http.MethodDelete, faxBase+"/projects/p2/faxes/f1", nil)
	if err != nil {
		return err
	}
	req.SetBasicAuth(user, pass) // want `WL22`
	_, err = http.DefaultClient.Do(req)
	return err
}
