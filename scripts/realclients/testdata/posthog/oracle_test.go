package whispirlintoracle

import (
	"errors"
	"testing"
	"time"

	"github.com/posthog/posthog-go"
)

// definitions is the canned local_evaluation response: one flag rolled out
// to everyone.
const definitions = `{"flags": [{"id": 1, "key": "beta", "active": true,
	"filters": {"groups": [{"properties": [], "rollout_percentage": 100}]}}],
	"group_type_mapping": {}, "cohorts": {}}`

// newClient builds a client with a personal key, which starts the poller
// that fetches the flag definitions (the request with the project key).
func newClient() (posthog.Client, error) {
	return posthog.NewWithConfig(Key, posthog.Config{
		PersonalApiKey: "phx-personal",
		Transport:      rec,
		Interval:       time.Hour,
	})
}

// waitRequests waits until the method being called has sent n requests:
// the poller sends from its own goroutine.
func waitRequests(n int) error {
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		rec.mu.Lock()
		got := len(rec.methods[rec.current].Requests)
		rec.mu.Unlock()
		if got >= n {
			return nil
		}
	}
	return errors.New("timed out waiting for the poller's request")
}

func TestOracle(t *testing.T) {
	no := false
	call(t, "NewWithConfig+GetFeatureFlags", definitions, func() error {
		c, err := newClient()
		if err != nil {
			return err
		}
		defer c.Close()
		_, err = c.GetFeatureFlags()
		return errors.Join(err, waitRequests(1))
	})
	call(t, "ReloadFeatureFlags", definitions, func() error {
		c, err := newClient()
		if err != nil {
			return err
		}
		defer c.Close()
		if err := waitRequests(1); err != nil {
			return err
		}
		if err := c.ReloadFeatureFlags(); err != nil {
			return err
		}
		return waitRequests(2)
	})
	call(t, "GetFeatureFlag(local)", definitions, func() error {
		c, err := newClient()
		if err != nil {
			return err
		}
		defer c.Close()
		_, err = c.GetFeatureFlag(posthog.FeatureFlagPayload{Key: "beta", DistinctId: "user-1", OnlyEvaluateLocally: true, SendFeatureFlagEvents: &no})
		return errors.Join(err, waitRequests(1))
	})
}
