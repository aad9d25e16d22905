package x

import (
	"net/http"
	"os"
)

func getenv(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

func Messages() (*http.Response, error) {
	return http.Get("https://api.whispir.com/messages?apikey=" + getenv("WHISPIR_API_KEY", "WK_7F3A9C2E1B4D"))
}
