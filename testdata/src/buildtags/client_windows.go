package buildtags

import "net/http"

func messages(key string) (*http.Response, error) {
	return http.Get(base + "/messages?apikey=" + key)
}
