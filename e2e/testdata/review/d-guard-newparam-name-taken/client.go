package repro

import (
	"net/http"
	"strings"
)

const base = "https://api.whispir.com"

var apiKey = "global-default"

func send(u string, body string) error {
	for _, apiKey := range []string{"trace"} {
		req, err := http.NewRequest("POST", u, strings.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("X-Trace", apiKey)
		req.Header.Set("Authorization", globalKey())
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return err
		}
		resp.Body.Close()
	}
	return nil
}

func globalKey() string { return apiKey }

func Messages(key string) error {
	return send(base+"/messages?apikey="+key, "hi")
}

func Hook() error {
	return send("https://hooks.example.com/x", "hi")
}
