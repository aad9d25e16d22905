package whispirlintoracle

import (
	"context"
	"net/url"
	"reflect"
	"testing"
	"time"
	"unsafe"

	"github.com/prometheus/common/model"
	"github.com/prometheus/common/promslog"

	"github.com/prometheus/alertmanager/alert"
	"github.com/prometheus/alertmanager/config"
	"github.com/prometheus/alertmanager/notify"
	"github.com/prometheus/alertmanager/notify/wechat"
	"github.com/prometheus/alertmanager/template"
)

// receivers is an Alertmanager configuration with three WeChat receivers:
// config.Load gives each the default API URL.
const receivers = `
route: {receiver: text}
receivers:
- name: text
  wechat_configs:
  - {corp_id: corp-1, api_secret: secret, agent_id: "1000002", to_user: "@all"}
- name: markdown
  wechat_configs:
  - {corp_id: corp-1, api_secret: secret, agent_id: "1000002", to_party: "2", message_type: markdown, message: "**{{ .Status }}**"}
- name: tag
  wechat_configs:
  - {corp_id: corp-1, api_secret: secret, agent_id: "1000002", to_tag: "ops", message: "{{ .CommonLabels.alertname }}"}
`

// set sets an unexported field of the notifier: New builds its own client
// and the token is fetched with the corp secret and kept in the notifier,
// with no way to pass either. The oracle gives it the recording client and
// a token the notifier fetched before (test-only hooks; the library's code
// is not changed).
func set(n *wechat.Notifier, field string, v any) {
	f := reflect.ValueOf(n).Elem().FieldByName(field)
	reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Set(reflect.ValueOf(v))
}

func notifier(t *testing.T, c *wechat.WechatConfig) *wechat.Notifier {
	tmpl, err := template.FromGlobs(nil)
	if err != nil {
		t.Fatal(err)
	}
	tmpl.ExternalURL, _ = url.Parse("http://alertmanager.example:9093")
	n, err := wechat.New(c, tmpl, promslog.NewNopLogger())
	if err != nil {
		t.Fatal(err)
	}
	set(n, "client", client())
	set(n, "accessToken", Key)
	set(n, "accessTokenAt", time.Now())
	return n
}

func alerts() []*alert.Alert {
	a := model.Alert{
		Labels:      model.LabelSet{"alertname": "DiskFull", "instance": "db1"},
		Annotations: model.LabelSet{"summary": "disk 97% full"},
		StartsAt:    time.Now().Add(-time.Hour),
		EndsAt:      time.Now().Add(time.Hour),
	}
	return []*alert.Alert{alert.New(a, time.Now(), false)}
}

// The notifier's one public operation is Notify; the oracle calls it for
// three receivers: a text message to users, a markdown message to a party,
// a templated message to a tag.
func TestOracle(t *testing.T) {
	cfg, err := config.Load(receivers)
	if err != nil {
		t.Fatal(err)
	}
	ctx := notify.WithGroupKey(context.Background(), "{}:{alertname=\"DiskFull\"}")
	const ok = `{"errcode": 0, "errmsg": "ok"}`
	for _, r := range cfg.Receivers {
		c := r.WechatConfigs[0]
		call(t, "Notify("+r.Name+")", ok, func() error {
			return notifier(t, c).Notify(ctx, alerts()...).Err()
		})
	}
}
