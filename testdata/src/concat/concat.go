package concat

import (
	"context"
	"net/http"
)

const legacyBase = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: use the regional host api.au.whispir.com`

// Have: the key appended last.
func List(key string) (*http.Response, error) {
	req, err := http.NewRequest("GET", legacyBase+"/messages?apikey="+key, nil) // want `WL02: Whispir API key sent as a query parameter`
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

// Have: parameters after the key.
func Page(ctx context.Context, c *http.Client, key string, n string) error {
	u := "http://api.whispir.com/messages?apikey=" + key + "&limit=" + n // want `WL02: Whispir API key sent as a query parameter: send it only in the x-api-key header and use the regional host api.au.whispir.com instead of api.whispir.com`
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Have: the shortcut http.Get.
func Get(key string) error {
	resp, err := http.Get("https://api.whispir.com/templates?limit=5&apikey=" + key) // want `WL02`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Have: phase 1, regional host and the header already set.
func Phase1(c *http.Client, key string) error {
	req, err := http.NewRequest("GET", "https://api.au.whispir.com/messages?apikey="+key, nil) // want `WL02`
	if err != nil {
		return err
	}
	req.Header.Set("X-Api-Key", key)
	_, err = c.Do(req)
	return err
}

// Not findings: lookalikes and other services.
var (
	_ = "https://api.whispir.com.example.net/messages?apikey=x"
	_ = "https://api.whispir.community/x"
	_ = "https://status.whispir.com/"
	_ = "https://api.other.com/v1?apikey=" + key2
)

var key2 = "k"
