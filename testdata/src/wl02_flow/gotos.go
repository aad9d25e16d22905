package wl02_flow

import (
	"log"
	"net/http"
)

// A goto may jump past a statement the fix would insert, or over a
// declaration it would add.

// Refused: the goto skips the statement after the error check.
func JumpOverHeader(key string, plain bool) error {
	req, err := http.NewRequest(http.MethodGet, "https://api.whispir.com/messages?apikey="+key, nil) // want `WL02: .*the function has a goto statement, which may jump past the header`
	if err != nil {
		log.Print(err)
	}
	if plain {
		goto send
	}
	req.Header.Set("Accept", "application/json")
send:
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Have: a shortcut in a function with a goto becomes a function literal,
// which declares the new request in a scope of its own.
func JumpOverShortcut(key string, skip bool) (int, error) {
	var resp *http.Response
	var err error
	if skip {
		goto done
	}
	resp, err = http.Get("https://api.whispir.com/messages?apikey=" + key) // want `WL02: Whispir API key sent as a query parameter: send it only in the x-api-key header`
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	return resp.StatusCode, nil
done:
	return 0, nil
}
