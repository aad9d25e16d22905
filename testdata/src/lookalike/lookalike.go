// Package lookalike holds strings that look like Whispir findings and are not.
package lookalike

import (
	"fmt"
	"net/http"
)

var (
	_ = "https://api.whispir.com.example.net/messages?apikey=x"
	_ = "https://api.whispir.community/v1"
	_ = "https://status.whispir.com/"
	_ = "https://developers.whispir.com/docs/authentication"
	_ = "see whispir.com for details"
	_ = "api-whispir.com"
	_ = "https://user@api.whispir.com.evil.net/"
	_ = "myapi.whispir.com"
	_ = "https://api.au.whispir.com/messages" // migrated already
)

// Another service's apikey parameter.
func Weather(key string) (*http.Response, error) {
	return http.Get(fmt.Sprintf("https://api.weather.example/v1/now?apikey=%s", key))
}

func Maps(key string) (*http.Response, error) {
	return http.Get("https://maps.example.com/geo?apikey=" + key)
}

// Migrated code: regional host, key in the header.
func Migrated(key string) error {
	req, err := http.NewRequest(http.MethodGet, "https://api.au.whispir.com/messages", nil)
	if err != nil {
		return err
	}
	req.Header.Set("x-api-key", key)
	_, err = http.DefaultClient.Do(req)
	return err
}

// A map keyed by a variable does not make the key a Whispir URL.
func mapKey(k, key string) string {
	m := map[string]string{k: "https://api.au.whispir.com/messages"}
	_ = m
	return k + "?apikey=" + key // want `WL02: Whispir API key may be sent as a query parameter: the key parameter is used where the fix cannot follow it`
}
