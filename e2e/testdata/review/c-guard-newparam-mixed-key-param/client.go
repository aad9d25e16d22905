package repro

import "net/http"

const base = "https://api.whispir.com"

type Client struct{ key string }

// send's token is the key for some callers only.
func send(u, token string) error {
	req, err := http.NewRequest("GET", u, nil)
	if err != nil {
		return err
	}
	req.Header.Set("X-Trace", token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Messages(token string) error {
	return send(base+"/messages?apikey="+token, token)
}

func (c *Client) Contacts(trace string) error {
	return send(base+"/contacts?apikey="+c.key, trace)
}
