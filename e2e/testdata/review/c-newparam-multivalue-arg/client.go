package repro

import "net/http"

const base = "https://api.whispir.com"

func send(u, body string) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Messages(key string) error {
	return send(base+"/messages?apikey="+key, "x")
}

func pair() (string, string) { return "https://status.example.com/beat", "b" }

func Beat() error {
	return send(pair())
}
