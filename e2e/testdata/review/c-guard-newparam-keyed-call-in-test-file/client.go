package repro

import "net/http"

func send(u string) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Beat pings the status page: no key.
func Beat() error { return send("https://status.example.com/beat") }
