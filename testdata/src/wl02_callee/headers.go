package wl02_callee

import (
	"context"
	"net/http"
	"net/url"
)

const (
	hdrBase = "https://api.au.whispir.com/messages?"
	hdrURL  = "https://api.au.whispir.com/messages"
)

func doRequest(ctx context.Context, method, endPoint string, header map[string]string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, endPoint, nil)
	if err != nil {
		return nil, err
	}
	if header != nil && len(header) > 0 {
		for k, v := range header {
			req.Header.Set(k, v)
		}
	}
	return http.DefaultClient.Do(req)
}

// Have: the helper sets the headers its callers name, and every caller
// names constant headers other than x-api-key.
func Ding(ctx context.Context, token string) error {
	value := url.Values{}
	value.Set("apikey", token) // want `WL02`
	header := map[string]string{
		"Content-Type": "application/json",
	}
	resp, err := doRequest(ctx, "POST", hdrBase+value.Encode(), header)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Ping(ctx context.Context) error {
	_, err := doRequest(ctx, "GET", "https://example.com/ping", nil)
	return err
}

// Poller fetches flags with headers passed down as name-value pairs.
type Poller struct {
	whispirURL, key, personal string
	hc                        *http.Client
}

func (p *Poller) fetch() error {
	headers := [][2]string{{"Authorization", "Bearer " + p.personal}}
	resp, err := p.flags(headers)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Have: the pairs come through a parameter passed on and used for nothing
// else.
func (p *Poller) flags(headers [][2]string) (*http.Response, error) {
	u, err := url.Parse(p.whispirURL + "/api/flags")
	if err != nil {
		return nil, err
	}
	q := u.Query()
	q.Add("apikey", p.key) // want `WL02`
	u.RawQuery = q.Encode()
	return p.request(u, headers)
}

func (p *Poller) request(u *url.URL, headers [][2]string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	for _, h := range headers {
		req.Header.Add(h[0], h[1])
	}
	return p.hc.Do(req)
}

func sendWith(u string, header http.Header) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	for k, vs := range header {
		for _, v := range vs {
			req.Header.Add(k, v)
		}
	}
	return http.DefaultClient.Do(req)
}

// Refused: a caller of the helper names x-api-key.
func Named(key string) (*http.Response, error) {
	return sendWith(hdrURL+"?apikey="+key, http.Header{"Accept": {"application/json"}}) // want `WL02: .*header whose name is not a constant`
}

func NamedKey(key string) (*http.Response, error) {
	return sendWith("https://example.com/x", http.Header{"X-API-KEY": {key}})
}

func sendChanged(u string, header map[string]string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	return http.DefaultClient.Do(req)
}

// Refused: the caller changes the map after the literal.
func Changed(key, name string) (*http.Response, error) {
	h := map[string]string{"Accept": "application/json"}
	h[name] = key
	return sendChanged(hdrURL+"?apikey="+key, h) // want `WL02: .*header whose name is not a constant`
}

func sendWrites(u string, header map[string]string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	header["User-Agent"] = "x"
	for k, v := range header {
		req.Header.Set(k, v)
	}
	return http.DefaultClient.Do(req)
}

// Refused: the helper writes into the map it ranges over.
func Writes(key string) (*http.Response, error) {
	return sendWrites(hdrURL+"?apikey="+key, map[string]string{"Accept": "application/json"}) // want `WL02: .*header whose name is not a constant`
}

// SendExported may be called from other packages with any header.
func SendExported(u string, header map[string]string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	return http.DefaultClient.Do(req)
}

// Refused: an exported helper's callers are not all known.
func Exported(key string) (*http.Response, error) {
	return SendExported(hdrURL+"?apikey="+key, map[string]string{"Accept": "application/json"}) // want `WL02: .*SendExported, which is exported`
}
