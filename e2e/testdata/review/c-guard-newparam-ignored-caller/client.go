package repro

import "net/http"

const base = "https://api.whispir.com"

func send(u string) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Messages(key string) error {
	return send(base + "/messages?apikey=" + key)
}

// Legacy stays as it is for now.
func Legacy(key string) error {
	//whispirlint:ignore WL02 -- migrated next quarter
	return send("https://api.whispir.com/legacy?apikey=" + key)
}
