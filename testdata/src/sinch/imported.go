package sinch

import (
	"net/http"

	"provider"
)

// No literal in this file names the provider: the URL is a constant of
// another package.
func Imported(user, pass string) error {
	req, err := http.NewRequest(http.MethodGet, provider.FaxURL+"/projects/p3/faxes", nil)
	if err != nil {
		return err
	}
	req.SetBasicAuth(user, pass) // want `WL22`
	_, err = http.DefaultClient.Do(req)
	return err
}

// Not a finding: Basic to the token endpoint.
func ImportedToken(keyID, keySecret string) error {
	req, err := http.NewRequest(http.MethodPost, provider.SinchAuthURL, nil)
	if err != nil {
		return err
	}
	req.SetBasicAuth(keyID, keySecret)
	_, err = http.DefaultClient.Do(req)
	return err
}
