package literalkey

import "net/http"

// Have: the key written straight into the URL.
func Send() error {
	req, err := http.NewRequest(http.MethodPost, "https://api.whispir.com/messages?apikey=s3cr3tK3yV4lu3&x=1", nil) // want `WL02` `WL12: Whispir API key s…#[0-9a-f]{6} written in the source`
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}
