// Package shape39 mirrors SDKs with a sandbox switch (the
// Braintree/PayPal environments): the base URL is chosen from
// two constants, the legacy production host or the migration test host.
package shape39

import (
	"net/http"
)

const (
	productionURL = "https://api.whispir.com"
	sandboxURL    = "https://api-sni.whispir.com"
)

// Client is a Whispir client.
type Client struct {
	Sandbox bool
	Key     string
	HTTP    *http.Client
}

func (c *Client) baseURL() string {
	if c.Sandbox {
		return sandboxURL
	}
	return productionURL
}

// Scenarios lists the scenarios.
func (c *Client) Scenarios() error {
	resp, err := c.HTTP.Get(c.baseURL() + "/scenarios?apikey=" + c.Key)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Shape39 lists the production scenarios.
func Shape39(hc *http.Client, key string) error {
	return (&Client{Key: key, HTTP: hc}).Scenarios()
}
