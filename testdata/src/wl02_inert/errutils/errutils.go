// Package errutils wraps errors of sent requests: some of its functions
// only print the request, others could send it again or give it away.
package errutils

import (
	"fmt"
	"net/http"
	"os"
)

// HTTPDoError is the error of a request that could not be sent.
type HTTPDoError struct {
	req *http.Request
	err error
}

// NewHTTPDoError keeps the request to print its method and URL.
func NewHTTPDoError(req *http.Request, err error) *HTTPDoError {
	if req == nil {
		return &HTTPDoError{err: err}
	}
	return &HTTPDoError{req: req, err: err}
}

func (h HTTPDoError) Error() string {
	msg := "unable to communicate with the API server"
	if os.Getenv("VERBOSE") != "" && h.req != nil {
		msg += fmt.Sprintf(" [request: %s %s]", h.req.Method, h.req.URL)
	}
	return msg + ": " + h.err.Error()
}

// StatusError keeps the request for callers to retry.
type StatusError struct {
	kept *http.Request
	Code int
}

// NewStatusError keeps the request in a field another function returns.
func NewStatusError(req *http.Request, code int) *StatusError {
	return &StatusError{kept: req, Code: code}
}

func (s *StatusError) Error() string { return fmt.Sprint(s.Code) }

// Request returns the request, to send it again.
func (s *StatusError) Request() *http.Request { return s.kept }

// Retry sends the request again without its headers.
func Retry(req *http.Request) error {
	resp, err := http.Get(req.URL.String())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
