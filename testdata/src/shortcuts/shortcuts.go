package shortcuts

import (
	"io"
	"net/http"
	"net/url"
	"strings"
)

func Get(key string) (*http.Response, error) {
	return http.Get("https://api.whispir.com/messages?apikey=" + key) // want `WL02`
}

func Head(key string) (int, error) {
	if resp, err := http.Head("https://api.au.whispir.com/messages?apikey=" + key); err != nil { // want `WL02`
		return 0, err
	} else {
		return resp.StatusCode, nil
	}
}

func Post(c *http.Client, key string, body io.Reader) error {
	resp, err := c.Post("https://api.au.whispir.com/messages?apikey="+key, "application/vnd.whispir.message-v1+json", body) // want `WL02`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func PostForm(key string, form url.Values) error {
	resp, err := http.PostForm("https://api.au.whispir.com/messages?apikey="+key, form) // want `WL02`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// The names req and err are taken by the key: the fix picks others.
func Shadow(req string) error {
	resp, err := http.Get("https://api.au.whispir.com/messages?apikey=" + req) // want `WL02`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

var _ = strings.NewReader

func ping(u string) {
	if resp, err := http.Get(u); err == nil {
		resp.Body.Close()
	}
}

// The error check the rewrite repeats after the new request holds a retired
// host: the copy gets the host's fix too, so that one run converges.
func Status(key string) error {
	resp, err := http.Get("https://api.au.whispir.com/messages?apikey=" + key) // want `WL02`
	if err != nil {
		ping("https://api.whispir.com/status") // want `WL01: retired Whispir host api.whispir.com: use the regional host api.au.whispir.com$`
		return err
	}
	return resp.Body.Close()
}
