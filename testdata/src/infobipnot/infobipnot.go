// Package infobipnot holds code that looks like WL21 findings and is not.
package infobipnot

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// Documentation strings, not requests.
const help = "The legacy https://api.infobip.com/sms/1/text/query?username=<user>&password=<pass> endpoint is retired."

var _ = `see api.infobip.com/sms/1/text/query?username=&password=`

// Comments are not findings: https://api.infobip.com/sms/1/text/query?username=&password=

// Lookalike hosts.
var (
	_ = "https://api.infobip.com.example.net/sms/1/text/query?username=&password="
	_ = "https://myapi.infobip.com/x?username=&password="
	_ = "https://portal.infobip.com/login?username="
	_ = "https://api-infobip.com/?password="
	_ = "https://api.infobip.com@evil.example/x?username=&password="
	_ = "https://user@api.infobip.com.evil.example/x?password="
)

// Another service with username and password parameters.
func Other(user, pass string) (*http.Response, error) {
	return http.Get("https://sms.example.com/send?username=" + user + "&password=" + pass)
}

// Another service, with an Infobip account id that is not in the host.
func Relay(user, pass string) (*http.Response, error) {
	return http.Get(fmt.Sprintf("https://relay.example.com/infobip?username=%s&password=%s", user, pass))
}

// The recommended form: an API key in the Authorization header.
func AppKey(key, to string) error {
	req, err := http.NewRequest(http.MethodGet, "https://acme.api.infobip.com/sms/1/text/query?to="+to, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "App "+key)
	_, err = http.DefaultClient.Do(req)
	return err
}

// A session login sends the credentials in a form body, not in the URL.
func Login(user, pass string) (*http.Response, error) {
	form := url.Values{"username": {user}, "password": {pass}}
	return http.Post("https://acme.api.infobip.com/auth/1/session", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
}

func LoginPostForm(user, pass string) (*http.Response, error) {
	form := url.Values{}
	form.Set("username", user)
	form.Set("password", pass)
	return http.PostForm("https://acme.api.infobip.com/auth/1/session", form)
}

// Query credentials in a function that never talks to Infobip.
func OtherValues(user, pass string) string {
	q := url.Values{}
	q.Set("password", pass)
	return "https://sms.example.com/send?" + q.Encode()
}

// A url.URL to another host in a function that also names Infobip.
func OtherURL(user string) (string, string) {
	u := url.URL{Scheme: "https", Host: "sms.example.com", RawQuery: "username=" + user}
	return u.String(), "https://api.infobip.com/sms/2/text/advanced"
}

// The id glued to the host without a dot: "x" + "api.infobip.com" is not Infobip.
func Glued(x, pass string) string {
	return "https://" + x + "api.infobip.com/?password=" + pass
}

// Other parameters to Infobip.
func Params(to string) (*http.Response, error) {
	return http.Get("https://api.infobip.com/sms/1/reports?messageId=" + to + "&user=x&passwordHint=y")
}

// A map literal keyed by a variable is not a field binding.
func MapKey(key, pass string) (string, map[string]string) {
	m := map[string]string{key: "https://api.infobip.com"}
	return key + "/x?password=" + pass, m
}
