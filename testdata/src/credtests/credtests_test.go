package credtests

import (
	"net/http"
	"testing"
)

func TestSend(t *testing.T) {
	req, err := http.NewRequest(http.MethodGet, "https://api.au.whispir.com/messages", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.SetBasicAuth("alice", "wonderland") // want `WL11: .*\(WHISPIR_USERNAME, WHISPIR_PASSWORD\)`
	if _, err := Send(req, "k3y0123456789abc"); err == nil {
		t.Log("sent")
	}
	req.Header.Set("X-Api-Key", "k3y0123456789abc") // want `WL12`
}
