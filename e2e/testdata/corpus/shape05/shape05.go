// Package shape05 mirrors golangci-lint's scripts/website/github: a
// fmt.Sprintf endpoint, http.NewRequest with http.NoBody, a fresh
// http.Client with a timeout, and json.NewDecoder on the body.
package shape05

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Shape05 reads the latest event of a workspace.
func Shape05(workspace, apiKey string) (map[string]any, error) {
	endpoint := fmt.Sprintf("https://api.whispir.com/workspaces/%s/events?apikey=%s&sort=desc", workspace, apiKey)

	req, err := http.NewRequest(http.MethodGet, endpoint, http.NoBody)
	if err != nil {
		return nil, fmt.Errorf("unable to create request: %w", err)
	}

	client := &http.Client{Timeout: 2 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("unable to get events: %w", err)
	}
	defer func() { _ = resp.Body.Close() }()

	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, fmt.Errorf("unable to decode events: %w", err)
	}
	return out, nil
}
