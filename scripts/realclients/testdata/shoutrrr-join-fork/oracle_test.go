package whispirlintoracle

import (
	"errors"
	"testing"

	"github.com/nicholas-fedor/shoutrrr"
	"github.com/nicholas-fedor/shoutrrr/pkg/types"
)

// The Join service has one operation, a push; the oracle reaches it through
// the three public entry points shoutrrr offers, with different parameters.
func TestOracle(t *testing.T) {
	const url = "join://shoutrrr:" + Key + "@join/?devices=phone,tablet"
	call(t, "shoutrrr.Send", `{}`, func() error {
		return shoutrrr.Send(url, "backup done")
	})
	sender, err := shoutrrr.CreateSender(url)
	if err != nil {
		t.Fatal(err)
	}
	call(t, "ServiceRouter.Send+title", `{}`, func() error {
		return errors.Join(sender.Send("disk full", &types.Params{"title": "alert"})...)
	})
	call(t, "ServiceRouter.Route", `{}`, func() error {
		return sender.Route(url+"&icon=https://example.com/i.png", "deploy finished")
	})
}
