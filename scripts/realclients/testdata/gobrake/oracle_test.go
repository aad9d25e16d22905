package whispirlintoracle

import (
	"errors"
	"testing"

	gobrake "gopkg.in/airbrake/gobrake.v2"
)

func TestOracle(t *testing.T) {
	n := gobrake.NewNotifier(42, Key)
	n.Client = client()
	const created = `{"id": "1"}`
	call(t, "SendNotice", created, func() error {
		notice := &gobrake.Notice{
			Errors:  []gobrake.Error{{Type: "error", Message: "disk full"}},
			Context: map[string]interface{}{"environment": "test"},
		}
		_, err := n.SendNotice(notice)
		return err
	})
	call(t, "Notify+Flush", created, func() error {
		n.Notify(errors.New("timeout"), nil)
		n.Flush()
		return nil
	})
	call(t, "SendNoticeAsync+Flush", created, func() error {
		n.SendNoticeAsync(&gobrake.Notice{Errors: []gobrake.Error{{Type: "panic", Message: "nil map"}}})
		n.Flush()
		return nil
	})
}
