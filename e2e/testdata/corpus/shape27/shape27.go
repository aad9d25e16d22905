// Package shape27 mirrors services configured through spf13/viper-style
// getters: the key is read with cfg.GetString("whispir.apikey") right where
// the URL is built.
package shape27

import (
	"net/http"
)

// Config is a key/value configuration.
type Config interface {
	GetString(key string) string
}

// MapConfig is a Config backed by a map.
type MapConfig map[string]string

// GetString returns the value of key.
func (m MapConfig) GetString(key string) string { return m[key] }

const defaultURL = "https://api.whispir.com"

// Shape27 lists the events of the configured workspace.
func Shape27(hc *http.Client, cfg Config) error {
	base := cfg.GetString("whispir.url")
	if base == "" {
		base = defaultURL
	}
	url := base + "/workspaces/" + cfg.GetString("whispir.workspace") +
		"/events?apikey=" + cfg.GetString("whispir.apikey")
	resp, err := hc.Get(url)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
