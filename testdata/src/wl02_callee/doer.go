package wl02_callee

import (
	"log"
	"net/http"
)

// Requests sent through a Doer interface: the call is resolved to what the
// package stores in the field, or declined.

type doer interface {
	Do(*http.Request) (*http.Response, error)
}

type loggingDoer struct {
	next doer
	log  *log.Logger
}

func (l loggingDoer) Do(req *http.Request) (*http.Response, error) {
	resp, err := l.next.Do(req)
	l.log.Printf("%s %s: %v", req.Method, req.URL.Path, err)
	return resp, err
}

// Have: the field holds a logging Doer around an *http.Client.
type Canceller struct {
	hc  doer
	key string
}

func NewCanceller(c *http.Client, key string) *Canceller {
	return &Canceller{hc: loggingDoer{next: c, log: log.Default()}, key: key}
}

func (s *Canceller) Cancel(id string) error {
	req, err := http.NewRequest(http.MethodDelete, "https://api.whispir.com/messages/"+id+"?apikey="+s.key, nil) // want `WL02: Whispir API key sent as a query parameter: send it only in the x-api-key header and use the regional host api.au.whispir.com instead of api.whispir.com$`
	if err != nil {
		return err
	}
	resp, err := s.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Refused: the field is exported: other packages may store any Doer.
type Open struct {
	Doer doer
	key  string
}

func (o *Open) Cancel(id string) error {
	req, err := http.NewRequest(http.MethodDelete, "https://api.whispir.com/messages/"+id+"?apikey="+o.key, nil) // want `WL02: .*the request is passed to Do of an interface whose values the fix cannot see`
	if err != nil {
		return err
	}
	resp, err := o.Doer.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Refused: the Doer the package stores makes a new request from the URL,
// without the header.
type copyingDoer struct{ hc *http.Client }

func (c copyingDoer) Do(req *http.Request) (*http.Response, error) {
	again, err := http.NewRequest(req.Method, req.URL.String(), nil)
	if err != nil {
		return nil, err
	}
	return c.hc.Do(again)
}

type Copier struct {
	d   doer
	key string
}

func NewCopier(key string) *Copier { return &Copier{d: copyingDoer{hc: http.DefaultClient}, key: key} }

func (c *Copier) Cancel(id string) error {
	req, err := http.NewRequest(http.MethodDelete, "https://api.whispir.com/messages/"+id+"?apikey="+c.key, nil) // want `WL02: .*the request is passed to Do of copyingDoer \(line \d+\), where the request's URL is used as a value`
	if err != nil {
		return err
	}
	resp, err := c.d.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Refused: the Doer the package stores checks the key in the query, which
// the fix takes out of it.
type guardDoer struct{ hc *http.Client }

func (g *guardDoer) Do(req *http.Request) (*http.Response, error) {
	if req.URL.Query().Get("apikey") == "" {
		return nil, http.ErrNoCookie
	}
	return g.hc.Do(req)
}

type Guarded struct {
	d   doer
	key string
}

func NewGuarded(key string) *Guarded {
	return &Guarded{d: &guardDoer{hc: http.DefaultClient}, key: key}
}

func (g *Guarded) Cancel(id string) error {
	req, err := http.NewRequest(http.MethodDelete, "https://api.whispir.com/messages/"+id+"?apikey="+g.key, nil) // want `WL02: .*; the request is passed to Do of \*guardDoer \(line \d+\), where the request's query is read for the key, which the fix takes out of it \(line \d+\): set the x-api-key header by hand$`
	if err != nil {
		return err
	}
	resp, err := g.d.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Refused: the Doer reads a parameter it is given from the query values
// it holds: it may be the key.
type heldGuardDoer struct {
	hc    *http.Client
	param string
}

func (g heldGuardDoer) Do(req *http.Request) (*http.Response, error) {
	q := req.URL.Query()
	q.Set("trace", "1")
	if _, ok := q[g.param]; !ok {
		return nil, http.ErrNoCookie
	}
	return g.hc.Do(req)
}

type HeldGuarded struct {
	d   doer
	key string
}

func NewHeldGuarded(key string) *HeldGuarded {
	return &HeldGuarded{d: heldGuardDoer{hc: http.DefaultClient, param: "token"}, key: key}
}

func (g *HeldGuarded) Cancel(id string) error {
	req, err := http.NewRequest(http.MethodDelete, "https://api.whispir.com/messages/"+id+"?apikey="+g.key, nil) // want `WL02: .*; the request is passed to Do of heldGuardDoer \(line \d+\), where the request's query is read for the key, which the fix takes out of it \(line \d+\): set the x-api-key header by hand$`
	if err != nil {
		return err
	}
	resp, err := g.d.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Refused, the reason given once: the Doer replaces the request's Header.
type cleanDoer struct{ hc *http.Client }

func (c *cleanDoer) Do(req *http.Request) (*http.Response, error) {
	req.Header = http.Header{}
	return c.hc.Do(req)
}

type Cleaned struct {
	d   doer
	key string
}

func NewCleaned(key string) *Cleaned {
	return &Cleaned{d: &cleanDoer{hc: http.DefaultClient}, key: key}
}

func (c *Cleaned) Cancel(id string) error {
	req, err := http.NewRequest(http.MethodDelete, "https://api.whispir.com/messages/"+id+"?apikey="+c.key, nil) // want `WL02: .*; the request is passed to Do of \*cleanDoer \(line \d+\), where the request's Header is replaced \(line \d+\): set the x-api-key header by hand$`
	if err != nil {
		return err
	}
	resp, err := c.d.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Have: the Doer edits the query and reads a parameter that is not the key.
type pagingDoer struct{ hc *http.Client }

func (d pagingDoer) Do(req *http.Request) (*http.Response, error) {
	q := req.URL.Query()
	if q.Get("page") == "" {
		q.Set("page", "1")
	}
	req.URL.RawQuery = q.Encode()
	return d.hc.Do(req)
}

type QueryPager struct {
	d   doer
	key string
}

func NewQueryPager(key string) *QueryPager {
	return &QueryPager{d: pagingDoer{hc: http.DefaultClient}, key: key}
}

func (pg *QueryPager) Cancel(id string) error {
	req, err := http.NewRequest(http.MethodDelete, "https://api.whispir.com/messages/"+id+"?apikey="+pg.key, nil) // want `WL02: Whispir API key sent as a query parameter: send it only in the x-api-key header and use the regional host api.au.whispir.com instead of api.whispir.com$`
	if err != nil {
		return err
	}
	resp, err := pg.d.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
