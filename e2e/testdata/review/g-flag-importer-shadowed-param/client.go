package x

import (
	"flag"
	"net/http"
	"net/url"

	"example.com/x/api"
)

var apiKey = flag.String("key", "", "Whispir API key")

// sign adds the key to a query (flag is the query's flag set).
func sign(flag url.Values, key string) {
	flag.Set("apikey", key)
}

// Messages lists messages.
func Messages() error {
	q := url.Values{"limit": {"5"}}
	sign(q, *apiKey)
	resp, err := http.Get(api.Base + "/messages?" + q.Encode())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
