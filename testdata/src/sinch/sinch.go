// Package sinch authenticates to Sinch APIs with Basic credentials, in every
// shape WL22 understands.
package sinch

import (
	"context"
	"encoding/base64"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
)

// Have: SetBasicAuth with credentials from the environment.
func Fax() error {
	req, err := http.NewRequest(http.MethodGet, "https://fax.api.sinch.com/v3/projects/p1/faxes", nil)
	if err != nil {
		return err
	}
	req.SetBasicAuth(os.Getenv("SINCH_KEY_ID"), os.Getenv("SINCH_KEY_SECRET")) // want `WL22: request to a Sinch API uses Basic authentication, which is for testing only and heavily rate-limited: use OAuth 2.0 client credentials \(a Bearer token from https://auth.sinch.com/oauth2/token\) instead`
	_, err = http.DefaultClient.Do(req)
	return err
}

// Have: an Authorization: Basic header, a regional SMS host built by concatenation.
func SMS(ctx context.Context, plan, keyID, keySecret string, body io.Reader) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://us.sms.api.sinch.com/xms/v1/"+plan+"/batches", body)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(keyID+":"+keySecret))) // want `WL22: request to a Sinch API uses Basic authentication`
	_, err = http.DefaultClient.Do(req)
	return err
}

// Have: the region computed, fmt.Sprintf, Header.Add with a Sprintf value.
func Regional(region, plan, creds string) error {
	u := fmt.Sprintf("https://zt.%s.sms.api.sinch.com/xms/v1/%s/batches", region, plan)
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	req.Header.Add("authorization", fmt.Sprintf("Basic %s", creds)) // want `WL22`
	_, err = http.DefaultClient.Do(req)
	return err
}

// Have: the host tail constant, the first label computed.
func RegionTail(region, creds string) error {
	req, err := http.NewRequest(http.MethodGet, "https://"+region+".sms.api.sinch.com/xms/v1/batches", nil)
	if err != nil {
		return err
	}
	auth := "Basic " + creds
	req.Header.Set("Authorization", auth) // want `WL22`
	_, err = http.DefaultClient.Do(req)
	return err
}

// Have: a base URL in a constant, a package variable and a field.
const numbersBase = "https://numbers.api.sinch.com"

var faxBase = "https://fax.api.sinch.com/v3"

type Client struct {
	base          string
	keyID, secret string
}

func NewClient() *Client {
	return &Client{base: numbersBase + "/v1", keyID: os.Getenv("SINCH_KEY_ID"), secret: os.Getenv("SINCH_KEY_SECRET")}
}

func (c *Client) Numbers(project string) error {
	req, err := http.NewRequest(http.MethodGet, c.base+"/projects/"+project+"/activeNumbers", nil)
	if err != nil {
		return err
	}
	req.SetBasicAuth(c.keyID, c.secret) // want `WL22`
	_, err = http.DefaultClient.Do(req)
	return err
}

func FaxVar(project, user, pass string) error {
	req, err := http.NewRequest(http.MethodGet, fmt.Sprintf("%s/projects/%s/faxes", faxBase, project), nil)
	if err != nil {
		return err
	}
	req.SetBasicAuth(user, pass) // want `WL22`
	_, err = http.DefaultClient.Do(req)
	return err
}

func ConstBase(user, pass string) error {
	u := numbersBase + "/v1/projects"
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	req.SetBasicAuth(user, pass) // want `WL22`
	_, err = http.DefaultClient.Do(req)
	return err
}

// Have: an http.Header literal, assigned directly and through a variable.
func HeaderLiteral(enc string) error {
	req, err := http.NewRequest(http.MethodGet, faxBase+"/faxes", nil)
	if err != nil {
		return err
	}
	req.Header = http.Header{
		"Accept":        {"application/json"},
		"Authorization": {"Basic " + enc}, // want `WL22`
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

func HeaderVar(enc string) error {
	h := http.Header{"Authorization": []string{"Basic " + enc}} // want `WL22`
	req, err := http.NewRequest(http.MethodGet, faxBase+"/faxes", nil)
	if err != nil {
		return err
	}
	req.Header = h
	_, err = http.DefaultClient.Do(req)
	return err
}

// Have: a map assignment on the header.
func HeaderIndex(enc string) error {
	req, err := http.NewRequest(http.MethodGet, "https://fax.api.sinch.com/v3/projects/p1/services", nil)
	if err != nil {
		return err
	}
	req.Header["Authorization"] = []string{"Basic " + enc} // want `WL22`
	_, err = http.DefaultClient.Do(req)
	return err
}

// Have: the request used inside a closure.
func Closure(user, pass string) func() error {
	req, _ := http.NewRequest(http.MethodGet, "https://fax.api.sinch.com/v3/projects/p1/faxes", nil)
	return func() error {
		req.SetBasicAuth(user, pass) // want `WL22`
		_, err := http.DefaultClient.Do(req)
		return err
	}
}

// Have: a parsed base URL, sent as u.String().
func Parsed(user, pass string) error {
	u, err := url.Parse(faxBase + "/projects/p1/faxes")
	if err != nil {
		return err
	}
	req, err := http.NewRequest(http.MethodGet, u.String(), nil)
	if err != nil {
		return err
	}
	req.SetBasicAuth(user, pass) // want `WL22`
	_, err = http.DefaultClient.Do(req)
	return err
}

// Have: a parenthesized method value.
func Paren(user, pass string) error {
	req, err := http.NewRequest(http.MethodGet, faxBase+"/projects/p1/faxes", nil)
	if err != nil {
		return err
	}
	(req.SetBasicAuth)(user, pass) // want `WL22`
	_, err = http.DefaultClient.Do(req)
	return err
}
