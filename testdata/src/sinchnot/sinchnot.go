// Package sinchnot holds code that looks like WL22 findings and is not.
package sinchnot

import (
	"net/http"
	"net/url"
	"strings"
)

// Basic authentication to auth.sinch.com is how the OAuth token is obtained.
func Token(keyID, keySecret string) (*http.Response, error) {
	form := url.Values{"grant_type": {"client_credentials"}}
	req, err := http.NewRequest(http.MethodPost, "https://auth.sinch.com/oauth2/token", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(keyID, keySecret)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return http.DefaultClient.Do(req)
}

const authURL = "https://auth.sinch.com/oauth2/token"

func TokenHeader(enc string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, authURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Basic "+enc)
	return http.DefaultClient.Do(req)
}

// The recommended form: a Bearer token on the API request, Basic only on
// the token request, in the same function.
func Bearer(keyID, keySecret, token string) error {
	tokReq, err := http.NewRequest(http.MethodPost, authURL, nil)
	if err != nil {
		return err
	}
	tokReq.SetBasicAuth(keyID, keySecret)
	req, err := http.NewRequest(http.MethodGet, "https://fax.api.sinch.com/v3/projects/p1/faxes", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header = http.Header{"Authorization": {"Bearer " + token}}
	req.Header["Authorization"] = []string{"Bearer " + token}
	_, err = http.DefaultClient.Do(req)
	return err
}

// One variable, reassigned: Basic only while it targets auth.sinch.com.
func Reassigned(keyID, keySecret, token string) error {
	u := authURL
	req, _ := http.NewRequest(http.MethodPost, u, nil)
	req.SetBasicAuth(keyID, keySecret)
	u = "https://fax.api.sinch.com/v3/projects/p1/faxes"
	req, _ = http.NewRequest(http.MethodGet, u, nil)
	req.Header.Set("Authorization", "Bearer "+token)
	_, err := http.DefaultClient.Do(req)
	return err
}

// Lookalike and other hosts.
func Lookalikes(user, pass string) {
	for _, u := range []string{
		"https://notsinch.com/v1",
		"https://fax.api.sinch.com.example.net/v3",
		"https://api.sinch.community/v1",
		"https://sinch.example.com/xms",
	} {
		req, _ := http.NewRequest(http.MethodGet, u, nil)
		req.SetBasicAuth(user, pass)
	}
	req, _ := http.NewRequest(http.MethodGet, "https://notsinch.com/v1", nil)
	req.SetBasicAuth(user, pass)
	req2, _ := http.NewRequest(http.MethodGet, "https://fax.api.sinch.com.example.net/v3", nil)
	req2.Header.Set("Authorization", "Basic "+pass)
}

// A helper that takes the request: out of scope (documented limitation).
func authorize(req *http.Request, user, pass string) { req.SetBasicAuth(user, pass) }

func Helper(user, pass string) error {
	req, err := http.NewRequest(http.MethodGet, "https://fax.api.sinch.com/v3/projects/p1/faxes", nil)
	if err != nil {
		return err
	}
	authorize(req, user, pass)
	_, err = http.DefaultClient.Do(req)
	return err
}

// Documentation and comments: Basic auth to https://fax.api.sinch.com is for testing only.
const doc = "Sinch: req.SetBasicAuth(keyID, keySecret) on https://fax.api.sinch.com is for testing only"

// Other headers that merely contain "Basic".
func OtherHeader(v string) error {
	req, err := http.NewRequest(http.MethodGet, "https://fax.api.sinch.com/v3/projects/p1/faxes", nil)
	if err != nil {
		return err
	}
	req.Header.Set("X-Auth-Note", "Basic "+v)
	req.Header.Set("Authorization", "Basically "+v)
	_, err = http.DefaultClient.Do(req)
	return err
}

// An Infobip host with Basic: not a Sinch finding.
func InfobipBasic(enc string) error {
	req, err := http.NewRequest(http.MethodGet, "https://acme.api.infobip.com/sms/2/text/advanced", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Basic "+enc)
	_, err = http.DefaultClient.Do(req)
	return err
}
