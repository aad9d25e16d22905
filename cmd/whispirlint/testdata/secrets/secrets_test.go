package secrets

import (
	"net/http"
	"testing"
)

func TestSend(t *testing.T) {
	req, err := http.NewRequest(http.MethodGet, "https://api.au.whispir.com/messages", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.SetBasicAuth("erin", "t3stp4ssw0rd")
	req.Header.Set("X-Api-Key", "testkey0123456789")
	const legacy = "https://api.whispir.com/messages"
	req.Header.Set("Authorization", "Basic ZnJhbms6ZjFzaDFuZ3IwZA==")
	_ = legacy
}
