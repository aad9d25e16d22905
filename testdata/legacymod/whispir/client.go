// Package whispir is a small, typical hand-written Whispir client of the
// kind whispirlint migrates: the base URL kept in a struct field, the key
// appended to every query.
package whispir

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
)

// DefaultBaseURL is the retired global endpoint.
const DefaultBaseURL = "https://api.whispir.com"

const (
	scheme   = "https://"
	host     = "api.whispir.com"
	keyParam = "?apikey="
)

// Client talks to the Whispir REST API.
type Client struct {
	BaseURL  string
	APIKey   string
	User     string
	Password string
	HTTP     *http.Client
}

// New returns a client for the given credentials.
func New(key, user, password string, hc *http.Client) *Client {
	return &Client{BaseURL: DefaultBaseURL, APIKey: key, User: user, Password: password, HTTP: hc}
}

// SendMessage posts a message to a workspace.
func (c *Client) SendMessage(workspace string, body []byte) error {
	u := c.BaseURL + "/workspaces/" + workspace + "/messages?apikey=" + c.APIKey
	req, err := http.NewRequest(http.MethodPost, u, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.SetBasicAuth(c.User, c.Password)
	req.Header.Set("Content-Type", "application/vnd.whispir.message-v1+json")
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// ListTemplates lists templates with a page size.
func (c *Client) ListTemplates(limit int) error {
	u := fmt.Sprintf("%s/templates?apikey=%s&limit=%d", c.BaseURL, c.APIKey, limit)
	resp, err := c.HTTP.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// GetContact reads one contact, building the URL with net/url.
func (c *Client) GetContact(id string) error {
	u, err := url.Parse(c.BaseURL + "/contacts/" + id)
	if err != nil {
		return err
	}
	q := u.Query()
	q.Set("apikey", c.APIKey)
	u.RawQuery = q.Encode()
	req, err := http.NewRequest(http.MethodGet, u.String(), nil)
	if err != nil {
		return err
	}
	req.SetBasicAuth(c.User, c.Password)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// SearchContacts searches contacts with url.Values.
func (c *Client) SearchContacts(term string) error {
	params := url.Values{
		"apikey": {c.APIKey},
		"q":      {term},
	}
	req, err := http.NewRequest(http.MethodGet, c.BaseURL+"/contacts?"+params.Encode(), nil)
	if err != nil {
		return err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// MessageStatus reads a message's status, with a url.URL literal.
func (c *Client) MessageStatus(id string) error {
	u := url.URL{Scheme: "https", Host: "api.whispir.com", Path: "/messages/" + id + "/messagestatus", RawQuery: "apikey=" + c.APIKey}
	req, err := http.NewRequest(http.MethodGet, u.String(), nil)
	if err != nil {
		return err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Events lists events: the URL is split over constants, SDK style.
func (c *Client) Events(key string) error {
	req, err := http.NewRequest("GET", scheme+host+"/events"+keyParam+key+"&status=ACTIVE", nil)
	if err != nil {
		return err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// newRequest is a helper that returns the request as it builds it.
func (c *Client) newRequest(method, path string) (*http.Request, error) {
	return http.NewRequest(method, c.BaseURL+path+"?apikey="+c.APIKey, nil)
}

// DeleteTemplate sends a request made by the helper.
func (c *Client) DeleteTemplate(id string) error {
	req, err := c.newRequest(http.MethodDelete, "/templates/"+id)
	if err != nil {
		return err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Workspaces joins the path under the base URL with url.JoinPath.
func (c *Client) Workspaces(page int) error {
	u, err := url.JoinPath(c.BaseURL, "workspaces")
	if err != nil {
		return err
	}
	req, err := http.NewRequest(http.MethodGet, u+"?page="+strconv.Itoa(page)+"&apikey="+c.APIKey, nil)
	if err != nil {
		return err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
