package infobip

import (
	"net/http"

	"provider"
)

// No literal in this file names the provider: the URL is a constant of
// another package.
func Imported(user, pass string) (*http.Response, error) {
	return http.Get(provider.SMSQueryURL + "?username=" + user + "&password=" + pass) // want `WL21: username and password`
}
