package repro

import "net/http"

const base = "https://api.whispir.com"

var auditKey = "audit-key"

// send sends u, then records the send with the audit key.
func send(u string) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	resp.Body.Close()
	resp, err = http.Get(base + "/audit?apikey=" + auditKey)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Messages(key string) error {
	return send(base + "/messages?apikey=" + key)
}
