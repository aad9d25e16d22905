package repro

import "net/http"

// Geocode calls a geocoding API that takes its own key in a header named apikey.
func Geocode(c *http.Client, geoKey string) error {
	req, err := http.NewRequest("GET", "https://geo.example.com/v1/lookup", nil)
	if err != nil {
		return err
	}
	req.Header.Set("apikey", geoKey)
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Messages(c *http.Client, key string) error {
	resp, err := c.Get("https://api.whispir.com/messages?apikey=" + key)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
