package sprintf

import (
	"fmt"
	"net/http"
)

// Have: the key is the format's only argument, and the file uses fmt
// elsewhere: the call becomes the literal.
func Templates(key string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, fmt.Sprintf("https://api.whispir.com/templates?apikey=%s", key), nil) // want `WL02`
	if err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	return http.DefaultClient.Do(req)
}

// Have: a %% in the format keeps the call (it prints one percent sign).
func Percent(key string) (*http.Response, error) {
	return http.Get(fmt.Sprintf("https://api.whispir.com/search?q=100%%&apikey=%s", key)) // want `WL02`
}
