package repro

import (
	"os"
	"testing"
)

// TestSmoke talks to Whispir when a key is set.
func TestSmoke(t *testing.T) {
	key := os.Getenv("SMOKE_KEY")
	if key == "" {
		t.Skip("no SMOKE_KEY")
	}
	if err := send("https://api.whispir.com/messages?apikey=" + key); err != nil {
		t.Fatal(err)
	}
}
