// Package shape09 mirrors sendgrid/rest: a Request value with Method,
// BaseURL, Headers and QueryParams maps, BuildRequestObject that adds the
// query parameters with AddQueryParameters, and a package-level
// DefaultClient whose Send makes the call.
package shape09

import (
	"net/http"
	"net/url"
)

// Request holds the parts of an API request.
type Request struct {
	Method      string
	BaseURL     string
	Headers     map[string]string
	QueryParams map[string]string
}

// Client sends requests.
type Client struct{ HTTPClient *http.Client }

// DefaultClient is used when no client is given.
var DefaultClient = &Client{HTTPClient: http.DefaultClient}

// AddQueryParameters appends queryParams to baseURL.
func AddQueryParameters(baseURL string, queryParams map[string]string) string {
	baseURL += "?"
	params := url.Values{}
	for key, value := range queryParams {
		params.Add(key, value)
	}
	return baseURL + params.Encode()
}

// BuildRequestObject makes the *http.Request of request.
func BuildRequestObject(request Request) (*http.Request, error) {
	if len(request.QueryParams) != 0 {
		request.BaseURL = AddQueryParameters(request.BaseURL, request.QueryParams)
	}
	req, err := http.NewRequest(request.Method, request.BaseURL, nil)
	if err != nil {
		return req, err
	}
	for key, value := range request.Headers {
		req.Header.Set(key, value)
	}
	return req, nil
}

// Send sends request.
func (c *Client) Send(request Request) (*http.Response, error) {
	req, err := BuildRequestObject(request)
	if err != nil {
		return nil, err
	}
	return c.HTTPClient.Do(req)
}

// Shape09 lists the custom lists.
func Shape09(key string) error {
	resp, err := DefaultClient.Send(Request{
		Method:  http.MethodGet,
		BaseURL: "https://api.whispir.com/customlists",
		Headers: map[string]string{"Accept": "application/vnd.whispir.customlist-v1+json"},
		QueryParams: map[string]string{
			"apikey": key,
			"type":   "CONTACT",
		},
	})
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
