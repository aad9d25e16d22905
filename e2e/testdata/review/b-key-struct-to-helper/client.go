package repro

import "net/http"

// call is one API call: where to send it and with which credentials.
type call struct {
	url string
	key string
}

func send(hc *http.Client, c call) error {
	req, err := http.NewRequest("GET", c.url, nil)
	if err != nil {
		return err
	}
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Messages(hc *http.Client, key string) error {
	return send(hc, call{url: "https://api.whispir.com/messages?apikey=" + key, key: key})
}
