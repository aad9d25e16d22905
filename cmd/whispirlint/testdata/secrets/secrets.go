// Package secrets calls Whispir and Infobip with credentials written in the
// source: every output mode of whispirlint must keep them hidden.
package secrets

import (
	"encoding/base64"
	"net/http"
)

// Have: the key written into a retired URL (WL02 and WL12).
func send() error {
	req, err := http.NewRequest(http.MethodPost, "https://api.whispir.com/messages?apikey=s3cr3tK3yV4lu3&x=1", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Basic YWxpY2U6d29uZGVybGFuZA==")
	_, err = http.DefaultClient.Do(req)
	return err
}

// Have: every other shape of a hardcoded credential.
func more(req *http.Request) {
	req.SetBasicAuth("bob", "hunter2hunter2")
	req.Header.Set("x-api-key", "k3y0123456789abc")
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte("carol:tr0ub4dor")))
	infobip := http.Header{"Authorization": {"App 003026bbc133714df1834b8638bb496e-8f4b3d9a"}}
	infobip.Set("Authorization", "IBSSO 2f9b4d31f35b6f98a7c1e0d2b3a4c5d6")
	_ = infobip
}

// Have: a constant, which no fix can turn into a call.
const legacyAuth = "Basic ZGF2ZTpjMHJyZWN0aG9yc2U="

const base = "https://api.whispir.com"

// Have: Infobip's legacy endpoint with the account in the query (WL21).
func infobipQuery() (*http.Response, error) {
	return http.Get("https://api.infobip.com/sms/1/text/query?username=acme&password=infobipP4ss&to=41793026727&text=hi")
}
