// Package shape06 mirrors twilio/twilio-go's client.Client.SendRequest:
// SendRequest(method, rawURL, data url.Values, headers) parses rawURL,
// puts data into the query for GET and into a form body otherwise, adds
// the headers, sets Basic auth, and sends.
package shape06

import (
	"net/http"
	"net/url"
	"strings"
)

// Client holds the account credentials.
type Client struct {
	Username, Password string
	HTTPClient         *http.Client
}

// SendRequest sends a request for the API.
func (c *Client) SendRequest(method, rawURL string, data url.Values, headers map[string]any) (*http.Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, err
	}
	var body *strings.Reader
	if method == http.MethodGet {
		u.RawQuery = data.Encode()
		body = strings.NewReader("")
	} else {
		body = strings.NewReader(data.Encode())
	}
	req, err := http.NewRequest(method, u.String(), body)
	if err != nil {
		return nil, err
	}
	if method != http.MethodGet {
		req.Header.Add("Content-Type", "application/x-www-form-urlencoded")
	}
	for k, v := range headers {
		req.Header.Add(k, v.(string))
	}
	req.SetBasicAuth(c.Username, c.Password)
	return c.HTTPClient.Do(req)
}

// Shape06 lists the distribution lists, a page of 50.
func Shape06(hc *http.Client, key string) error {
	c := &Client{Username: "user", Password: "pass", HTTPClient: hc}
	data := url.Values{}
	data.Set("apikey", key)
	data.Set("PageSize", "50")
	resp, err := c.SendRequest(http.MethodGet, "https://api.whispir.com/distributionlists", data, map[string]any{
		"Accept": "application/vnd.whispir.distributionlist-v1+json",
	})
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
