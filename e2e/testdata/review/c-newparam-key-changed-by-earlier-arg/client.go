package repro

import "net/http"

const base = "https://api.whispir.com"

type Client struct{ key string }

func send(u, note string) error {
	req, err := http.NewRequest("GET", u, nil)
	if err != nil {
		return err
	}
	req.Header.Set("X-Note", note)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// rotate moves the client to its next key and returns a note saying so.
func (c *Client) rotate() string {
	c.key = "next-" + c.key
	return "rotated"
}

func (c *Client) Messages() error {
	u := base + "/messages?apikey=" + c.key
	return send(u, c.rotate())
}
