//go:build integration

package repro

import "testing"

func TestHookLive(t *testing.T) {
	if err := send("https://hooks.example.com/live"); err != nil {
		t.Skip(err)
	}
}
