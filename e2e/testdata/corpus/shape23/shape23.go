// Package shape23 mirrors wrappers that embed *http.Client and call the promoted Get.
package shape23

import (
	"net/http"
)

// Client is an *http.Client that knows its key.
type Client struct {
	*http.Client
	Key string
}

// Workspace reads one workspace.
func (c Client) Workspace(id string) error {
	resp, err := c.Get("https://api.whispir.com/workspaces/" + id + "?apikey=" + c.Key)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Shape23 reads workspace ws3.
func Shape23(hc *http.Client, key string) error {
	return Client{Client: hc, Key: key}.Workspace("ws3")
}
