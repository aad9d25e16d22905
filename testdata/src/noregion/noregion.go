package noregion

import "net/http"

const base = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: use api.<region>.whispir.com; set -region=REGION or \$WHISPIR_REGION to get a fix`

func Legacy(key string) (*http.Response, error) {
	return http.Get("https://api.whispir.com/messages?apikey=" + key) // want `WL02: .*set -region=REGION`
}

// The key fix needs no region: the host is regional already.
func Phase1(key string) error {
	req, err := http.NewRequest(http.MethodGet, "https://api.it.whispir.com/messages?apikey="+key, nil) // want `WL02: Whispir API key sent as a query parameter: send it only in the x-api-key header`
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}
