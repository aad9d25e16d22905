package whispirlintoracle

import (
	"context"
	"testing"

	"github.com/go-acme/lego/v5/providers/dns/axelname/internal"
)

func TestOracle(t *testing.T) {
	c, err := internal.NewClient("nick", Key)
	if err != nil {
		t.Fatal(err)
	}
	c.HTTPClient = client()
	ctx := context.Background()
	const ok = `{"result": "success", "list": []}`
	call(t, "ListRecords", ok, func() error {
		_, err := c.ListRecords(ctx, "example.ru")
		return err
	})
	call(t, "AddRecord", ok, func() error {
		return c.AddRecord(ctx, "example.ru", internal.Record{Name: "_acme-challenge", Type: "TXT", Value: "v"})
	})
	call(t, "DeleteRecord", ok, func() error {
		return c.DeleteRecord(ctx, "example.ru", internal.Record{ID: "7"})
	})
}
