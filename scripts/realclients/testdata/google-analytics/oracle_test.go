package whispirlintoracle

import (
	"context"
	"net/http"
	"testing"

	analytics "google.golang.org/api/analytics/v2.4"
	"google.golang.org/api/option"
	htransport "google.golang.org/api/transport/http"
)

func TestOracle(t *testing.T) {
	ctx := context.Background()
	// The library's transport for option.WithAPIKey, on the recorder as its
	// base (NewTransport is the library's hook for a base transport).
	tr, err := htransport.NewTransport(ctx, rec, option.WithAPIKey(Key))
	if err != nil {
		t.Fatal(err)
	}
	svc, err := analytics.NewService(ctx, option.WithHTTPClient(&http.Client{Transport: tr}))
	if err != nil {
		t.Fatal(err)
	}
	call(t, "Data.Get", `{}`, func() error {
		return svc.Data.Get("ga:1234", "2026-11-01", "2026-11-30", "ga:sessions").Dimensions("ga:country").MaxResults(10).Do()
	})
	call(t, "Management.Accounts.List", `{}`, func() error {
		return svc.Management.Accounts.List().MaxResults(5).Do()
	})
	call(t, "Management.Goals.List", `{}`, func() error {
		return svc.Management.Goals.List("1", "UA-1-1", "~all").Do()
	})
	call(t, "Management.Segments.List", `{}`, func() error {
		return svc.Management.Segments.List().Do()
	})
}
