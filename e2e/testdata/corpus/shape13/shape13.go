// Package shape13 mirrors a deepmap/oapi-codegen generated client: a
// NewListContactsRequest(server, params) function that parses the server
// URL, resolves the operation path, adds each non-nil parameter to the
// query, and a ClientWithResponses-style method that applies the request
// editors and sends through a HttpRequestDoer.
package shape13

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
)

// HttpRequestDoer performs HTTP requests.
type HttpRequestDoer interface {
	Do(req *http.Request) (*http.Response, error)
}

// RequestEditorFn edits a request before it is sent.
type RequestEditorFn func(ctx context.Context, req *http.Request) error

// Client is the generated client.
type Client struct {
	Server         string
	Client         HttpRequestDoer
	RequestEditors []RequestEditorFn
}

// ListContactsParams are the parameters of listContacts.
type ListContactsParams struct {
	Apikey    *string `form:"apikey,omitempty" json:"apikey,omitempty"`
	FirstName *string `form:"firstName,omitempty" json:"firstName,omitempty"`
}

// NewListContactsRequest generates a request for listContacts.
func NewListContactsRequest(server string, params *ListContactsParams) (*http.Request, error) {
	var err error

	serverURL, err := url.Parse(server)
	if err != nil {
		return nil, err
	}

	operationPath := fmt.Sprintf("/contacts")
	if operationPath[0] == '/' {
		operationPath = "." + operationPath
	}

	queryURL, err := serverURL.Parse(operationPath)
	if err != nil {
		return nil, err
	}

	if params != nil {
		queryValues := queryURL.Query()

		if params.Apikey != nil {
			queryValues.Add("apikey", *params.Apikey)
		}

		if params.FirstName != nil {
			queryValues.Add("firstName", *params.FirstName)
		}

		queryURL.RawQuery = queryValues.Encode()
	}

	req, err := http.NewRequest("GET", queryURL.String(), nil)
	if err != nil {
		return nil, err
	}

	return req, nil
}

func (c *Client) applyEditors(ctx context.Context, req *http.Request, additionalEditors []RequestEditorFn) error {
	for _, r := range c.RequestEditors {
		if err := r(ctx, req); err != nil {
			return err
		}
	}
	for _, r := range additionalEditors {
		if err := r(ctx, req); err != nil {
			return err
		}
	}
	return nil
}

// ListContacts sends listContacts.
func (c *Client) ListContacts(ctx context.Context, params *ListContactsParams, reqEditors ...RequestEditorFn) (*http.Response, error) {
	req, err := NewListContactsRequest(c.Server, params)
	if err != nil {
		return nil, err
	}
	req = req.WithContext(ctx)
	if err := c.applyEditors(ctx, req, reqEditors); err != nil {
		return nil, err
	}
	return c.Client.Do(req)
}

// Shape13 lists the contacts named Ann.
func Shape13(ctx context.Context, doer HttpRequestDoer, key string) error {
	c := &Client{Server: "https://api.whispir.com/", Client: doer}
	name := "Ann"
	resp, err := c.ListContacts(ctx, &ListContactsParams{Apikey: &key, FirstName: &name})
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
