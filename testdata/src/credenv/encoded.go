package credenv

import (
	"encoding/base64"
	"net/http"
	"os"
)

// Have: the payload written out, os imported already.
func encoded(req *http.Request) {
	req.Header.Set("Authorization", "Basic "+base64.URLEncoding.EncodeToString([]byte("alice:wonderland"))) // want `WL11`
	req.Header.Set("Accept", os.Getenv("ACCEPT"))
}
