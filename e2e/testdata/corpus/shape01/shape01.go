// Package shape01 mirrors google/go-github: a Client with a *url.URL base,
// service methods that format a relative path, addOptions that encodes an
// options struct into the query, NewRequest that resolves the path against
// the base, and Do(ctx, req, v) that decodes the JSON body.
package shape01

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strconv"
)

const defaultBaseURL = "https://api.whispir.com/"

// Client manages communication with the Whispir API.
type Client struct {
	client  *http.Client
	BaseURL *url.URL

	Messages *MessagesService
}

type service struct{ client *Client }

// MessagesService handles the message endpoints.
type MessagesService service

// ListOptions holds the query parameters of list calls.
type ListOptions struct {
	APIKey string
	Limit  int
}

// NewClient returns a Client that sends with httpClient.
func NewClient(httpClient *http.Client) *Client {
	baseURL, _ := url.Parse(defaultBaseURL)
	c := &Client{client: httpClient, BaseURL: baseURL}
	c.Messages = &MessagesService{client: c}
	return c
}

func addOptions(s string, opts *ListOptions) (string, error) {
	u, err := url.Parse(s)
	if err != nil {
		return s, err
	}
	qs := u.Query()
	if opts.APIKey != "" {
		qs.Set("apikey", opts.APIKey)
	}
	if opts.Limit != 0 {
		qs.Set("limit", strconv.Itoa(opts.Limit))
	}
	u.RawQuery = qs.Encode()
	return u.String(), nil
}

// NewRequest resolves urlStr against BaseURL.
func (c *Client) NewRequest(method, urlStr string, body io.Reader) (*http.Request, error) {
	u, err := c.BaseURL.Parse(urlStr)
	if err != nil {
		return nil, err
	}
	return http.NewRequest(method, u.String(), body)
}

// Do sends req and decodes the JSON response into v.
func (c *Client) Do(ctx context.Context, req *http.Request, v any) (*http.Response, error) {
	resp, err := c.client.Do(req.WithContext(ctx))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if v != nil {
		err = json.NewDecoder(resp.Body).Decode(v)
	}
	return resp, err
}

// List lists the messages of a workspace.
func (s *MessagesService) List(ctx context.Context, workspace string, opts *ListOptions) ([]any, error) {
	u := "workspaces/" + workspace + "/messages"
	u, err := addOptions(u, opts)
	if err != nil {
		return nil, err
	}
	req, err := s.client.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	var out struct{ Messages []any }
	_, err = s.client.Do(ctx, req, &out)
	return out.Messages, err
}

// Shape01 lists the messages of workspace ws1, 10 at a time.
func Shape01(ctx context.Context, hc *http.Client, key string) error {
	_, err := NewClient(hc).Messages.List(ctx, "ws1", &ListOptions{APIKey: key, Limit: 10})
	return err
}
