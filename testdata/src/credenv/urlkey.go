package credenv

import (
	"fmt"
	"net/http"
)

// Have: the key written into a retired URL. WL02's fix moves it to the
// header as os.Getenv("WHISPIR_API_KEY"); WL12 reports it without a fix
// of its own, so no two fixes overlap.
func urlKey() error {
	req, err := http.NewRequest(http.MethodPost, "https://api.whispir.com/messages?apikey=s3cr3tK3yV4lu3&x=1", nil) // want `WL02` `WL12: Whispir API key s…#[0-9a-f]{6} written in the source: .*WL02's fix sends`
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return fmt.Errorf("sent: %v", err)
}
