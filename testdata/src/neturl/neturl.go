package neturl

import (
	"net/http"
	"net/url"
)

const base = "https://api.au.whispir.com"

// Have: Query().Set on a parsed Whispir URL.
func QuerySet(key string) error {
	u, err := url.Parse(base + "/messages")
	if err != nil {
		return err
	}
	q := u.Query()
	q.Set("limit", "5")
	q.Set("apikey", key) // want `WL02: Whispir API key sent as a query parameter`
	u.RawQuery = q.Encode()
	req, err := http.NewRequest(http.MethodGet, u.String(), nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// Have: the query of the request's own URL, spelled apiKey, with Add.
func RequestQuery(key string) error {
	req, err := http.NewRequest(http.MethodGet, base+"/templates", nil)
	if err != nil {
		return err
	}
	q := req.URL.Query()
	q.Add("apiKey", key) // want `WL02`
	req.URL.RawQuery = q.Encode()
	_, err = http.DefaultClient.Do(req)
	return err
}

// Have: url.Values on one line.
func ValuesOneLine(key, term string) error {
	v := url.Values{"apikey": {key}, "q": {term}} // want `WL02`
	req, err := http.NewRequest(http.MethodGet, base+"/contacts?"+v.Encode(), nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// Have: url.Values over several lines, aligned.
func ValuesLines(key, term string) error {
	v := url.Values{
		"q":      {term},
		"apikey": []string{key}, // want `WL02`
		"limit":  {"10"},
	}
	req, err := http.NewRequest(http.MethodGet, base+"/contacts?"+v.Encode(), nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// Have: url.URL with RawQuery, and a later assignment to RawQuery.
func URLLiteral(key, id string) error {
	u := url.URL{Scheme: "https", Host: "api.whispir.com", Path: "/messages/" + id, RawQuery: "apikey=" + key + "&view=full"} // want `WL01: retired Whispir host` `WL02`
	req, err := http.NewRequest(http.MethodGet, u.String(), nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

func RawQueryAssign(key string) error {
	u, _ := url.Parse(base + "/events")
	u.RawQuery = "apikey=" + key // want `WL02`
	req, err := http.NewRequest(http.MethodGet, u.String(), nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// Not a finding: apikey for another service in a function that never names Whispir.
func Other(key string) string {
	v := url.Values{}
	v.Set("apikey", key)
	return "https://maps.example.com/geo?" + v.Encode()
}
