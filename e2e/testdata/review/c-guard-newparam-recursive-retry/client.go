package repro

import "net/http"

const base = "https://api.whispir.com"

// get retries itself on a failure.
func get(u string, tries int) error {
	resp, err := http.Get(u)
	if err != nil {
		if tries > 0 {
			return get(u, tries-1)
		}
		return err
	}
	return resp.Body.Close()
}

func Messages(key string) error {
	return get(base+"/messages?apikey="+key, 1)
}
