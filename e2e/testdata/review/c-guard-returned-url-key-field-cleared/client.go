package repro

import "net/http"

const base = "https://api.whispir.com"

type Config struct{ Key string }

func signed(p, key string) (string, error) {
	u := base + p + "?apikey=" + key
	return u, nil
}

// Messages builds the URL, then clears the key from the config before sending.
func Messages(cfg *Config) error {
	u, err := signed("/messages", cfg.Key)
	if err != nil {
		return err
	}
	cfg.Key = ""
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
