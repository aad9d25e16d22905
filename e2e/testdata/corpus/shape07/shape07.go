// Package shape07 mirrors stripe/stripe-go's BackendImplementation:
// NewRequest(method, path, key, contentType) prefixes the backend URL and
// attaches the key to the request it made (stripe: Authorization; here the
// query via req.URL.Query()), and Call sends it through Do.
package shape07

import (
	"encoding/json"
	"net/http"
)

// BackendImplementation is the HTTP backend.
type BackendImplementation struct {
	URL        string
	HTTPClient *http.Client
}

// NewRequest builds a request for path with the key attached.
func (s *BackendImplementation) NewRequest(method, path, key, contentType string) (*http.Request, error) {
	path = s.URL + path
	req, err := http.NewRequest(method, path, nil)
	if err != nil {
		return nil, err
	}
	q := req.URL.Query()
	q.Add("apikey", key)
	req.URL.RawQuery = q.Encode()
	req.Header.Add("Content-Type", contentType)
	return req, nil
}

// Do sends req and decodes the response into v.
func (s *BackendImplementation) Do(req *http.Request, v any) error {
	res, err := s.HTTPClient.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	return json.NewDecoder(res.Body).Decode(v)
}

// Call builds and sends a request.
func (s *BackendImplementation) Call(method, path, key string, v any) error {
	req, err := s.NewRequest(method, path, key, "application/vnd.whispir.scenario-v1+json")
	if err != nil {
		return err
	}
	return s.Do(req, v)
}

// Shape07 lists the scenarios.
func Shape07(hc *http.Client, key string) error {
	b := &BackendImplementation{URL: "https://api.whispir.com", HTTPClient: hc}
	var out map[string]any
	return b.Call(http.MethodGet, "/scenarios", key, &out)
}
