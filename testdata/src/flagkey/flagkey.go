// Package flagkey reads the key from a command-line flag named after the
// query parameter: naming a flag is not a use of the key parameter.
package flagkey

import (
	"flag"
	"net/http"
)

var apiKey = flag.String("apikey", "", "the Whispir API key")

var fs = flag.NewFlagSet("whispir", flag.ContinueOnError)

var other string

func init() {
	fs.StringVar(&other, "apiKey", "", "another spelling")
}

// Have: the key read from the flag.
func Send() (*http.Response, error) {
	return http.Get("https://api.au.whispir.com/messages?apikey=" + *apiKey) // want `WL02`
}
