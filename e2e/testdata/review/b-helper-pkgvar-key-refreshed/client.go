package repro

import "net/http"

var (
	apiKey  = "k-123"
	nextKey string // set by the admin endpoint; taken on the next request
)

// refresh takes a pending key.
func refresh() {
	if nextKey != "" {
		apiKey, nextKey = nextKey, ""
	}
}

func get(hc *http.Client, u string) error {
	refresh()
	req, err := http.NewRequest("GET", u, nil)
	if err != nil {
		return err
	}
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Messages(hc *http.Client) error {
	return get(hc, "https://api.whispir.com/messages?apikey="+apiKey)
}
