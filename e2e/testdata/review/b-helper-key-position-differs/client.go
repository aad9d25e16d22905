package repro

import "net/http"

// send sends u; a and b are the two accounts' keys (for the audit log).
func send(hc *http.Client, u, a, b string) error {
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

func Messages(hc *http.Client, primary, backup string) error {
	return send(hc, "https://api.whispir.com/messages?apikey="+primary, primary, backup)
}

func Templates(hc *http.Client, primary, backup string) error {
	return send(hc, "https://api.whispir.com/templates?apikey="+backup, primary, backup)
}
