// Package shape36 mirrors decorated clients (logging/metrics Doer
// wrappers): a Doer interface field holding
// a logging wrapper around *http.Client; the request is built with the key.
package shape36

import (
	"log"
	"net/http"
)

// Doer sends requests.
type Doer interface {
	Do(*http.Request) (*http.Response, error)
}

type loggingDoer struct {
	next   Doer
	logger *log.Logger
}

func (l loggingDoer) Do(req *http.Request) (*http.Response, error) {
	resp, err := l.next.Do(req)
	if l.logger != nil {
		l.logger.Printf("%s %s: %v", req.Method, req.URL.Path, err)
	}
	return resp, err
}

// Service calls Whispir.
type Service struct {
	doer Doer
	key  string
}

// Cancel cancels a scheduled message.
func (s *Service) Cancel(id string) error {
	req, err := http.NewRequest(http.MethodDelete, "https://api.whispir.com/messages/"+id+"?apikey="+s.key, nil)
	if err != nil {
		return err
	}
	resp, err := s.doer.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Shape36 cancels message m6 through the logging client.
func Shape36(hc *http.Client, key string) error {
	s := &Service{doer: loggingDoer{next: hc}, key: key}
	return s.Cancel("m6")
}
