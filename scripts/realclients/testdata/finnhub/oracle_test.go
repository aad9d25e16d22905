package whispirlintoracle

import (
	"context"
	"testing"

	finnhub "github.com/Finnhub-Stock-API/finnhub-go/v2"
)

func TestOracle(t *testing.T) {
	cfg := finnhub.NewConfiguration()
	cfg.HTTPClient = client()
	api := finnhub.NewAPIClient(cfg).DefaultApi
	// The key travels the way the generated client documents for an API
	// key: in the request's context.
	ctx := context.WithValue(context.Background(), finnhub.ContextAPIKeys,
		map[string]finnhub.APIKey{"api_key": {Key: Key}})
	call(t, "Quote", `{}`, func() error {
		_, _, err := api.Quote(ctx).Symbol("AAPL").Execute()
		return err
	})
	call(t, "CompanyProfile2", `{}`, func() error {
		_, _, err := api.CompanyProfile2(ctx).Symbol("AAPL").Execute()
		return err
	})
	call(t, "MarketNews", `[]`, func() error {
		_, _, err := api.MarketNews(ctx).Category("general").Execute()
		return err
	})
	call(t, "SymbolSearch", `{}`, func() error {
		_, _, err := api.SymbolSearch(ctx).Q("apple").Execute()
		return err
	})
}
