package whispirlintoracle

import (
	"errors"
	"testing"

	"github.com/nicholas-fedor/shoutrrr"
	"github.com/nicholas-fedor/shoutrrr/pkg/types"
)

// The WeCom service has one operation, a message to the group; the oracle
// reaches it through shoutrrr's three public entry points.
func TestOracle(t *testing.T) {
	const url = "wecom://" + Key
	const ok = `{"errcode": 0, "errmsg": "ok"}`
	call(t, "shoutrrr.Send", ok, func() error {
		return shoutrrr.Send(url, "backup done")
	})
	sender, err := shoutrrr.CreateSender(url)
	if err != nil {
		t.Fatal(err)
	}
	call(t, "ServiceRouter.Send", ok, func() error {
		return errors.Join(sender.Send("disk full", &types.Params{})...)
	})
	call(t, "ServiceRouter.Route", ok, func() error {
		return sender.Route(url, "deploy finished")
	})
}
