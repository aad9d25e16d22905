package wl02_flow

import (
	"context"
	"net/http"
	"net/url"
)

// Refused: a parameter named http hides the package.
func Shadowed(http *http.Client, key string) (*http.Response, error) {
	return http.Get("https://api.au.whispir.com/messages?apikey=" + key) // want `WL02: .*net/http is not imported under a name visible here`
}

// Refused: nil is redefined.
func NilVar(key string) (*http.Response, error) {
	nil := 0
	_ = nil
	return http.Get("https://api.au.whispir.com/templates?apikey=" + key) // want `WL02: .*nil is redefined`
}

// API wraps *http.Client; its own Do takes a context.
type API struct {
	*http.Client
}

func (a *API) Do(ctx context.Context, req *http.Request) (*http.Response, error) {
	return a.Client.Do(req.WithContext(ctx))
}

// Have: the promoted Get of the embedded client: the rewrite calls the
// embedded client's Do, not the wrapper's.
func Embedded(a *API, key string) (*http.Response, error) {
	return a.Get("https://api.au.whispir.com/messages?apikey=" + key) // want `WL02`
}

// Have: an empty form.
func EmptyForm(c *http.Client, key string) (*http.Response, error) {
	return c.PostForm("https://api.au.whispir.com/workspaces/1/events?apikey="+key, nil) // want `WL02`
}

// Have: a form, in an if statement: the function literal is kept.
func InIf(key string, form url.Values) (int, error) {
	if resp, err := http.PostForm("https://api.au.whispir.com/events?apikey="+key, form); err != nil { // want `WL02`
		return 0, err
	} else {
		return resp.StatusCode, nil
	}
}

// Have: req and err taken in an outer scope: fresh names.
func Taken(key string) error {
	req, err := 1, error(nil)
	_ = req
	if err == nil {
		resp, err := http.Get("https://api.au.whispir.com/messages?apikey=" + key) // want `WL02`
		if err != nil {
			return err
		}
		return resp.Body.Close()
	}
	return err
}
