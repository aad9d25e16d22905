package whispirlintoracle

import (
	"context"
	"testing"

	"github.com/go-acme/lego/v5/providers/dns/duckdns/internal"
)

func TestOracle(t *testing.T) {
	c := internal.NewClient(Key)
	c.HTTPClient = client()
	ctx := context.Background()
	call(t, "AddTXTRecord", "OK", func() error {
		return c.AddTXTRecord(ctx, "_acme-challenge.example.duckdns.org", "txt-value")
	})
	call(t, "RemoveTXTRecord", "OK", func() error {
		return c.RemoveTXTRecord(ctx, "_acme-challenge.example.duckdns.org")
	})
	call(t, "UpdateTxtRecord", "OK", func() error {
		return c.UpdateTxtRecord(ctx, "example.duckdns.org", "other", false)
	})
}
