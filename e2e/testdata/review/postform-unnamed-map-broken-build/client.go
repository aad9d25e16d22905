package repro

import (
	"net/http"
	"net/url"
)

func Send(k string, c *http.Client, to []string) error {
	strings := url.Values{}
	for _, t := range to {
		strings.Add("to", t)
	}
	resp, err := c.PostForm("https://api.whispir.com/messages?apikey="+k, strings)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Send2(k string, url_ string, c *http.Client) error {
	form := map[string][]string{"to": {url_}}
	resp, err := c.PostForm("https://api.whispir.com/contacts?apikey="+k, form)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
