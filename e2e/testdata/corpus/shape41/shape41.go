// Package shape41 mirrors google/go-querystring as go-github uses it:
// an options struct with `url:"..."` tags is turned into url.Values by
// reflection, so the key parameter's name is only in a struct tag.
package shape41

import (
	"net/http"
	"net/url"
	"reflect"
	"strconv"
)

// EventOptions are the query parameters of the events list.
type EventOptions struct {
	APIKey string `url:"apikey"`
	Status string `url:"status,omitempty"`
	Limit  int    `url:"limit,omitempty"`
}

// values encodes the tagged fields of opt, like query.Values.
func values(opt any) url.Values {
	v := url.Values{}
	rv := reflect.ValueOf(opt)
	rt := rv.Type()
	for i := range rt.NumField() {
		name := rt.Field(i).Tag.Get("url")
		for j := range len(name) {
			if name[j] == ',' {
				name = name[:j]
				break
			}
		}
		switch f := rv.Field(i); f.Kind() {
		case reflect.String:
			if f.String() != "" {
				v.Set(name, f.String())
			}
		case reflect.Int:
			if f.Int() != 0 {
				v.Set(name, strconv.FormatInt(f.Int(), 10))
			}
		}
	}
	return v
}

// Shape41 lists the active events, 25 at a time.
func Shape41(hc *http.Client, key string) error {
	opts := EventOptions{APIKey: key, Status: "ACTIVE", Limit: 25}
	resp, err := hc.Get("https://api.whispir.com/events?" + values(opts).Encode())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
