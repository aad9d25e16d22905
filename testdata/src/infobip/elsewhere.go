package infobip

import "net/http"

// No string in this file names the provider: the base URL is declared in
// infobip.go, so the file is checked all the same.
func (c *Client) Elsewhere(to string) (*http.Response, error) {
	return http.Get(c.baseURL + "/sms/1/text/query?to=" + to + "&password=" + c.pass) // want `WL21: password sent`
}
