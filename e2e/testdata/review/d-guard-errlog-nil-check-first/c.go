package repro

import (
	"errors"
	"log"
	"net/http"
)

func Messages(method, key string) error {
	req, err := http.NewRequest(method, "https://api.whispir.com/messages?apikey="+key, nil)
	if err != nil {
		log.Printf("bad request: %v", err)
	}
	if req == nil {
		return errors.New("no request")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
