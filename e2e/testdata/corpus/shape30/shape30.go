// Package shape30 mirrors minio-go and docker/client URL makers: parse
// the base URL, u.Path = path.Join(u.Path, segments...), then set the
// query from url.Values.
package shape30

import (
	"net/http"
	"net/url"
	"path"
)

// Client is a Whispir client.
type Client struct {
	endpoint string
	key      string
	hc       *http.Client
}

func (c *Client) makeTargetURL(segments ...string) (*url.URL, error) {
	u, err := url.Parse(c.endpoint)
	if err != nil {
		return nil, err
	}
	u.Path = path.Join(append([]string{u.Path}, segments...)...)
	v := url.Values{}
	v.Set("apikey", c.key)
	u.RawQuery = v.Encode()
	return u, nil
}

// Shape30 reads the members of distribution list dl3 in workspace ws3.
func Shape30(hc *http.Client, key string) error {
	c := &Client{endpoint: "https://api.whispir.com/", key: key, hc: hc}
	u, err := c.makeTargetURL("workspaces", "ws3", "distributionlists", "dl3")
	if err != nil {
		return err
	}
	resp, err := c.hc.Get(u.String())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
