package appendalias

import (
	"net/http"
	"net/url"
)

// Search looks contacts up. key is a view of the caller's pooled buffer,
// which the same statement reuses to build the search term.
func Search(hc *http.Client, key []byte, term string) error {
	resp, err := hc.Get("https://api.whispir.com/contacts?apikey=" + string(key) + "&q=" + url.QueryEscape(string(append(key[:0], term...))))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
