// Command poll is the example from the README: go run ./_examples/poll
package main

import (
	"log"
	"net/http"
	"os"

	"example.com/repro/wapi"
)

func main() {
	resp, err := http.Get(wapi.Base + "/messages?apikey=" + os.Getenv("WHISPIR_API_KEY"))
	if err != nil {
		log.Fatal(err)
	}
	resp.Body.Close()
}
