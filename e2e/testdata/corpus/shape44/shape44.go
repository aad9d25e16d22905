// Package shape44 mirrors notification services with one post helper for
// every outgoing call (alertmanager's notifiers share notify.PostJSON): it
// posts to Whispir with the key in the URL and then to a Slack webhook.
package shape44

import (
	"context"
	"net/http"
	"strings"
)

func post(ctx context.Context, hc *http.Client, url, contentType, body string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", contentType)
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Shape44 sends an alert by Whispir and copies it to a Slack channel.
func Shape44(ctx context.Context, hc *http.Client, key string) error {
	if err := post(ctx, hc, "https://api.whispir.com/messages?apikey="+key, "application/vnd.whispir.message-v1+json", `{"subject":"alert"}`); err != nil {
		return err
	}
	return post(ctx, hc, "https://hooks.slack.com/services/T000/B000/XXXX", "application/json", `{"text":"alert sent"}`)
}
