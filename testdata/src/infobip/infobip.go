// Package infobip sends Infobip account credentials in URL queries, in every
// shape WL21 understands.
package infobip

import (
	"fmt"
	"net/http"
	"net/url"
	"os"
)

// Have: concatenation with the legacy query endpoint.
func Concat(user, pass, to, text string) (*http.Response, error) {
	return http.Get("https://xk2p9.api.infobip.com/sms/1/text/query?username=" + user + "&password=" + pass + // want `WL21: username and password sent in the query of an Infobip URL: use the Authorization: App <api key> header \(recommended\) instead of credentials in the URL`
		"&to=" + to + "&text=" + url.QueryEscape(text))
}

// Have: the old shared host, plain http, credentials from the environment.
func Env(to string) (*http.Response, error) {
	u := "http://api.infobip.com/sms/1/text/query?to=" + to +
		"&username=" + os.Getenv("IB_USER") + // want `WL21: username and password sent`
		"&password=" + os.Getenv("IB_PASS")
	return http.Get(u)
}

// Have: the password only.
func PasswordOnly(pass string) (*http.Response, error) {
	return http.Get("https://api.infobip.com/sms/1/text/query?password=" + pass) // want `WL21: password sent in the query of an Infobip URL`
}

// Have: fmt.Sprintf, with the account id in the host.
func Sprintf(id, user, pass, to string) (*http.Response, error) {
	return http.Get(fmt.Sprintf("https://%s.api.infobip.com/sms/1/text/query?username=%s&password=%s&to=%s", id, user, pass, to)) // want `WL21: username and password`
}

// Have: a format with explicit argument indexes.
func Indexed(user, pass string) (*http.Response, error) {
	return http.Get(fmt.Sprintf("https://api.infobip.com/sms/1/text/query?username=%[1]s&password=%[2]s", user, pass)) // want `WL21: username and password`
}

// Have: the credential parameters in a constant URL format.
const legacyURL = "https://api.infobip.com/sms/1/text/query?username=%s&password=%s" // want `WL21: username and password`

// Not reported again where the constant is used.
func Constant(user, pass string) (*http.Response, error) {
	return http.Get(fmt.Sprintf(legacyURL, user, pass) + "&to=41793026727")
}

// Have: the constant URL with the parameters and no values yet.
const queryURL = "https://api.infobip.com/sms/1/text/query?to=41793026727&username=" // want `WL21: username sent`

func ConstantHead(user string) (*http.Response, error) { return http.Get(queryURL + user) }

// Have: a base URL in a constant, the query in the literal.
const base = "https://acme.api.infobip.com"

func BaseConst(user, pass string) (*http.Response, error) {
	return http.Get(base + "/sms/1/text/query?username=" + user + "&password=" + pass) // want `WL21: username and password`
}

// Have: the query prefix in its own constant.
const credQuery = "?username="

func QueryConst(user string) (*http.Response, error) {
	return http.Get(base + "/sms/1/text/query" + credQuery + user) // want `WL21: username sent`
}

// Have: a base URL in a struct field, set elsewhere.
type Client struct {
	baseURL    string
	user, pass string
}

func New(user, pass string) *Client {
	return &Client{baseURL: "https://acme.api.infobip.com", user: user, pass: pass}
}

func (c *Client) Send(to string) (*http.Response, error) {
	return http.Get(c.baseURL + "/sms/1/text/query?username=" + c.user + "&password=" + c.pass + "&to=" + to) // want `WL21`
}

func (c *Client) SendSprintf(to string) (*http.Response, error) {
	return http.Get(fmt.Sprintf("%s/sms/1/text/query?to=%s&username=%s&password=%s", c.baseURL, to, c.user, c.pass)) // want `WL21`
}

// Have: a package variable holding the base URL.
var endpoint = base + "/sms/1/text/query"

func Var(user, pass string) (*http.Response, error) {
	return http.Get(endpoint + "?username=" + user + "&password=" + pass) // want `WL21`
}

// Have: Query().Set on a parsed Infobip URL.
func QuerySet(user, pass, to string) (*http.Response, error) {
	u, err := url.Parse(base + "/sms/1/text/query")
	if err != nil {
		return nil, err
	}
	q := u.Query()
	q.Set("to", to)
	q.Set("username", user) // want `WL21: username sent`
	q.Add("password", pass) // want `WL21: password sent`
	u.RawQuery = q.Encode()
	return http.Get(u.String())
}

// Have: url.Values encoded into the URL.
func Values(user, pass, to string) (*http.Response, error) {
	v := url.Values{
		"to":       {to},
		"username": {user}, // want `WL21: username and password`
		"password": {pass},
	}
	return http.Get("https://api.infobip.com/sms/1/text/query?" + v.Encode())
}

// Have: an inline url.Values literal.
func ValuesInline(pass string) (*http.Response, error) {
	return http.Get(fmt.Sprintf("%s?%s", endpoint, url.Values{"password": {pass}}.Encode())) // want `WL21: password sent`
}

// Have: url.URL with Host and RawQuery.
func URLLiteral(user, pass string) (*http.Response, error) {
	u := url.URL{Scheme: "https", Host: "acme.api.infobip.com", Path: "/sms/1/text/query", RawQuery: "username=" + user + "&password=" + pass} // want `WL21: username and password`
	return http.Get(u.String())
}

// Have: RawQuery assigned on a parsed Infobip URL.
func RawQueryAssign(user, pass string) (*http.Response, error) {
	u, _ := url.Parse(endpoint)
	u.RawQuery = "username=" + user + "&password=" + pass // want `WL21`
	return http.Get(u.String())
}

// Have: the account id computed, the host tail constant.
func HostTail(id, pass string) string {
	return "https://" + id + ".api.infobip.com/sms/1/text/query?password=" + pass // want `WL21: password sent`
}

// Have: url.URL whose Host has the account id computed.
func URLHostTail(id, pass string) string {
	u := url.URL{Scheme: "https", Host: id + ".api.infobip.com", Path: "/sms/1/text/query", RawQuery: "password=" + pass} // want `WL21: password sent`
	return u.String()
}
