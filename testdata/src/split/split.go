package split

import (
	"net/http"

	"splitconst"
)

// Have: an SDK that splits the URL over constants.
const (
	scheme   = "https://"
	host     = "api.whispir.com" // want `WL01: retired Whispir host api.whispir.com`
	keyParam = "?apikey="
)

func Events(key string) error {
	req, err := http.NewRequest("GET", scheme+host+"/events"+keyParam+key, nil) // want `WL02`
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// Have: a constant expression folded by the type checker.
const folded = "https://api." + "whispir.com" // want `WL01: retired Whispir host api.whispir.com`

// Have: constants declared in another package.
func Remote(key string) error {
	req, err := http.NewRequest("GET", splitconst.BaseURL+"/messages?apikey="+key, nil) // want `WL02`
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

func RemoteRegional(key string) error {
	req, err := http.NewRequest("GET", splitconst.Regional+"/messages?limit=1&apikey="+key, nil) // want `WL02`
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}
