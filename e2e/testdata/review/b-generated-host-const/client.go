package repro

import "net/http"

func Messages(c *http.Client, key string) error {
	req, err := http.NewRequest("GET", baseURL+messagesPath+"?apikey="+key, nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
