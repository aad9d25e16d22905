package x

import (
	"context"
	"net/http"
	"os"
	"strings"
)

var order []string

func body() *strings.Reader { order = append(order, "body"); return strings.NewReader("{}") }
func key() string           { order = append(order, "key"); return os.Getenv("WHISPIR_API_KEY") }

func Post() (*http.Response, error) {
	return http.Post("https://api.whispir.com/messages?apikey="+key(), "application/json", body())
}

func WithCtx(ctx context.Context) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.whispir.com/events?apikey="+key(), nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Gen[T any](c *http.Client, v T) (*http.Response, error) {
	_ = v
	return c.Get("https://api.whispir.com/templates?apikey=" + key())
}

type Svc struct{ c *http.Client }

func (s *Svc) Nested(ok bool) error {
	u := "https://api.whispir.com/contacts?apikey=" + key()
	if ok {
		for i := 0; i < 2; i++ {
			req, err := http.NewRequest(http.MethodGet, u, nil)
			if err != nil {
				return err
			}
			resp, err := s.c.Do(req)
			if err != nil {
				return err
			}
			resp.Body.Close()
		}
	}
	return nil
}
