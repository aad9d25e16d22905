package whispirlintoracle

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
	"unsafe"

	commoncfg "github.com/prometheus/common/config"
	"github.com/prometheus/common/model"
	"github.com/prometheus/common/promslog"

	"github.com/prometheus/alertmanager/alert"
	"github.com/prometheus/alertmanager/notify"
	"github.com/prometheus/alertmanager/notify/pushover"
	"github.com/prometheus/alertmanager/template"
)

// notifier builds the Pushover notifier from c and gives it the recording
// client. New builds its own client from the HTTP configuration and offers
// no way to pass one, so the oracle sets the unexported field. (A test-only
// hook; the library's code is not changed.)
func notifier(t *testing.T, c *pushover.PushoverConfig) *pushover.Notifier {
	tmpl, err := template.FromGlobs(nil)
	if err != nil {
		t.Fatal(err)
	}
	tmpl.ExternalURL, _ = url.Parse("http://alertmanager.example:9093")
	c.HTTPConfig = &commoncfg.HTTPClientConfig{}
	c.UserKey = "user-42"
	n, err := pushover.New(c, tmpl, promslog.NewNopLogger())
	if err != nil {
		t.Fatal(err)
	}
	f := reflect.ValueOf(n).Elem().FieldByName("client")
	reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Set(reflect.ValueOf(client()))
	return n
}

func alerts(endsAt time.Time) []*alert.Alert {
	a := model.Alert{
		Labels:      model.LabelSet{"alertname": "DiskFull", "instance": "db1"},
		Annotations: model.LabelSet{"summary": "disk 97% full"},
		StartsAt:    time.Now().Add(-time.Hour),
		EndsAt:      endsAt,
	}
	return []*alert.Alert{alert.New(a, time.Now(), false)}
}

func notifyErr(v notify.NotifyVerdict) error {
	return v.Err()
}

// The notifier's one public operation is Notify; the oracle calls it with
// three configurations that take different paths: the default templates
// for a firing alert, an HTML message with a TTL for a resolved one, and
// the token read from a file.
func TestOracle(t *testing.T) {
	ctx := notify.WithGroupKey(context.Background(), "{}:{alertname=\"DiskFull\"}")
	const ok = `{"status": 1, "request": "r1"}`
	call(t, "Notify(firing, default templates)", ok, func() error {
		c := pushover.DefaultPushoverConfig
		c.Token = Key
		return notifyErr(notifier(t, &c).Notify(ctx, alerts(time.Now().Add(time.Hour))...))
	})
	call(t, "Notify(resolved, HTML, TTL)", ok, func() error {
		c := pushover.DefaultPushoverConfig
		c.Token = Key
		c.HTML = true
		c.Monospace = false
		c.Sound = "siren"
		c.Device = "phone"
		if err := c.TTL.UnmarshalText([]byte("2h")); err != nil {
			return err
		}
		return notifyErr(notifier(t, &c).Notify(ctx, alerts(time.Now().Add(-time.Minute))...))
	})
	call(t, "Notify(token_file)", ok, func() error {
		file := filepath.Join(t.TempDir(), "token")
		if err := os.WriteFile(file, []byte(Key+"\n"), 0o600); err != nil {
			return err
		}
		c := pushover.PushoverConfig{TokenFile: file, Title: "backup", Message: "backup done", Priority: "0"}
		return notifyErr(notifier(t, &c).Notify(ctx, alerts(time.Now().Add(time.Hour))...))
	})
}
