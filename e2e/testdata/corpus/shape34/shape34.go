// Package shape34 mirrors nlopes/slack's early postForm: client.PostForm
// with a url.Values form body; the key stays in the URL's query.
package shape34

import (
	"net/http"
	"net/url"
)

// Shape34 creates a workspace through a form post.
func Shape34(hc *http.Client, key string) error {
	form := url.Values{}
	form.Set("projectName", "Alerts")
	resp, err := hc.PostForm("https://api.whispir.com/workspaces?apikey="+key, form)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
