package repro

import (
	"net/http"
)

func Messages(key string, skip bool) (err error) {
	var resp *http.Response
	if skip {
		goto done
	}
	resp, err = http.Get("https://api.whispir.com/messages?apikey=" + key)
	if err != nil {
		return err
	}
	resp.Body.Close()
done:
	return nil
}
