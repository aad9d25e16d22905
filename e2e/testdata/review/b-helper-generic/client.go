package repro

import (
	"encoding/json"
	"net/http"
)

type Message struct{ ID string }
type Template struct{ Name string }

// getJSON sends a GET and decodes the answer into a T.
func getJSON[T any](hc *http.Client, u, key string) (T, error) {
	var out T
	req, err := http.NewRequest("GET", u, nil)
	if err != nil {
		return out, err
	}
	req.Header.Set("Accept", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return out, err
	}
	defer resp.Body.Close()
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out, err
}

func Messages(hc *http.Client, key string) ([]Message, error) {
	return getJSON[[]Message](hc, "https://api.whispir.com/messages?apikey="+key, key)
}

func Templates(hc *http.Client, key string) ([]Template, error) {
	return getJSON[[]Template](hc, "https://api.whispir.com/templates?limit=5&apikey="+key, key)
}
