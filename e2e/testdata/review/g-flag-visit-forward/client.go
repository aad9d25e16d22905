package x

import (
	"flag"
	"net/http"
	"net/url"
)

const base = "https://api.whispir.com"

// Flags are the command's options; every option that is set is forwarded
// to the search as a query parameter of the same name.
var Flags = flag.NewFlagSet("whispir", flag.ContinueOnError)

func init() {
	Flags.String("apikey", "", "Whispir API key")
	Flags.String("limit", "", "page size")
}

// Search forwards the options that are set as query parameters.
func Search() error {
	q := url.Values{}
	Flags.Visit(func(f *flag.Flag) { q.Set(f.Name, f.Value.String()) })
	resp, err := http.Get(base + "/messages?" + q.Encode())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Status checks the account.
func Status(key string) error {
	resp, err := http.Get(base + "/status?apikey=" + key)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
