package x

import "net/http"

// Client reads its settings from a store that key() reloads.
type Client struct {
	hc       *http.Client
	settings map[string]any
	reloads  int
}

// key returns the API key, reloading the settings first; a reload may move
// the client to another workspace.
func (c *Client) key() string {
	c.reloads++
	c.settings = map[string]any{"workspace": "w2", "token": "k2"}
	return c.settings["token"].(string)
}

func (c *Client) Templates() (*http.Response, error) {
	return c.hc.Get("https://api.whispir.com/workspaces/" + c.settings["workspace"].(string) + "/templates?apikey=" + c.key())
}
