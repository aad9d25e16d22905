package wl02_flow

import (
	"log"
	"net/http"
)

var sdkVersion = "1.2.3"

// version changes nothing: reading the key field after it is reading it
// before it.
func version() string {
	v := sdkVersion
	if v == "" {
		v = "dev"
	}
	return v
}

type Poller struct {
	key string
	hc  *http.Client
}

// Have: posthog's request helper: the error is only logged, and the first
// use of req reads through it, nil or not, where the header now goes.
func (p *Poller) Flags() (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, "https://api.whispir.com/flags?apikey="+p.key, nil) // want `WL02: Whispir API key sent as a query parameter: send it only in the x-api-key header and use the regional host api.au.whispir.com instead of api.whispir.com$`
	if err != nil {
		log.Printf("creating request: %v", err)
	}
	v := version()
	req.Header.Add("User-Agent", "sdk/"+v)
	return p.hc.Do(req)
}

// Refused: the first use of req calls a function before it reads req.
func (p *Poller) Flags2() (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, "https://api.whispir.com/flags2?apikey="+p.key, nil) // want `WL02: .*the request's error check does not end its block`
	if err != nil {
		log.Printf("creating request: %v", err)
	}
	req.Header.Add("User-Agent", "sdk/"+version())
	return p.hc.Do(req)
}
