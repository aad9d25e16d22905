package repro

import "net/http"

const base = "https://api.whispir.com"

func signed(p, key string) (string, error) {
	u := base + p + "?apikey=" + key
	return u, nil
}

// Messages sends the same URL once per tag; the loop variable is named key.
func Messages(key string, tags []string) error {
	u, err := signed("/messages", key)
	if err != nil {
		return err
	}
	for _, key := range tags {
		_ = key
		resp, err := http.Get(u)
		if err != nil {
			return err
		}
		resp.Body.Close()
	}
	return nil
}
