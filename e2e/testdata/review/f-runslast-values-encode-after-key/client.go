package x

import (
	"net/http"
	"net/url"
	"os"
)

// keyFor returns the key for a request with query q, and stamps q with the
// id of that key, so that the server can tell which key signed it.
func keyFor(q url.Values) string {
	q.Set("kid", "2024-06")
	return os.Getenv("WHISPIR_API_KEY")
}

type Client struct{ hc *http.Client }

func (c *Client) Messages(ws string, q url.Values) (*http.Response, error) {
	u := "https://api.whispir.com/workspaces/" + url.PathEscape(ws) + "/messages?apikey=" + keyFor(q) + "&" + q.Encode()
	return c.hc.Get(u)
}
