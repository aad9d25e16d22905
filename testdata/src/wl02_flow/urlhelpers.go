package wl02_flow

import (
	"net/http"
	"strings"
)

type Service struct {
	base, key string
	hc        *http.Client
}

func NewService(key string) *Service {
	return &Service{base: "https://api.au.whispir.com", key: key, hc: http.DefaultClient}
}

// Have: a helper that returns the URL with the receiver's key, fixed with
// every call: each request gets the header with that receiver's key.
func (s *Service) url(path string) string {
	return s.base + path + "?apikey=" + s.key // want `WL02`
}

func (s *Service) Contacts() (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, s.url("/contacts"), nil)
	if err != nil {
		return nil, err
	}
	return s.hc.Do(req)
}

func (s *Service) Events() (*http.Response, error) {
	return s.hc.Get(s.url("/events"))
}

// Have: the key is a parameter: each call's argument goes in the header.
func whispirURL(path, key string) string {
	return "https://api.au.whispir.com" + path + "?apikey=" + key // want `WL02`
}

func Scenarios(key string) (*http.Response, error) {
	return http.Get(whispirURL("/scenarios", key))
}

// Refused as a whole: one call's URL goes to another helper.
func retryURL(path, key string) string {
	return "https://api.au.whispir.com" + path + "?apikey=" + key // want `WL02: .*the URL is sent through retry, which is also called at escapes.go:\d+ with a URL this fix does not migrate`
}

func Retried(c *http.Client, key string) (*http.Response, error) {
	return retry(c, retryURL("/messages", key))
}

func Direct(key string) (*http.Response, error) {
	return http.Get(retryURL("/messages", key))
}

// Refused: the helper rewrites its key parameter before it builds the URL:
// the caller's argument is not the key the URL carried.
func strippedURL(path, key string) string {
	key = strings.TrimPrefix(key, "whispir:")
	return "https://api.au.whispir.com" + path + "?apikey=" + key // want `WL02: .*in strippedURL, key changes in this function`
}

func Stripped(key string) (*http.Response, error) {
	return http.Get(strippedURL("/messages", key))
}
