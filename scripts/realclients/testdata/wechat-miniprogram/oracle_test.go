package whispirlintoracle

import (
	"testing"

	"github.com/silenceper/wechat/v2"
	"github.com/silenceper/wechat/v2/cache"
	"github.com/silenceper/wechat/v2/miniprogram/config"
	"github.com/silenceper/wechat/v2/miniprogram/security"
	"github.com/silenceper/wechat/v2/miniprogram/subscribe"
	"github.com/silenceper/wechat/v2/miniprogram/urllink"
	"github.com/silenceper/wechat/v2/util"
)

// key is the app's access token, through the documented hook for a token
// obtained elsewhere (SetAccessTokenHandle).
type key struct{}

func (key) GetAccessToken() (string, error) { return Key, nil }

func TestOracle(t *testing.T) {
	util.DefaultHTTPClient = client()
	mp := wechat.NewWechat().GetMiniProgram(&config.Config{AppID: "app", AppSecret: "secret", Cache: cache.NewMemory()})
	mp.SetAccessTokenHandle(key{})
	const ok = `{"errcode": 0, "errmsg": "ok"}`
	call(t, "Subscribe.Send", ok, func() error {
		return mp.GetSubscribe().Send(&subscribe.Message{ToUser: "openid-1", TemplateID: "tpl",
			Data: map[string]*subscribe.DataItem{"thing1": {Value: "hi"}}})
	})
	call(t, "Analysis.GetAnalysisDailySummary", ok, func() error {
		_, err := mp.GetAnalysis().GetAnalysisDailySummary("20261201", "20261201")
		return err
	})
	call(t, "URLLink.Generate", ok, func() error {
		_, err := mp.GetURLLink().Generate(&urllink.ULParams{Path: "pages/index", Query: "a=1"})
		return err
	})
	call(t, "Security.MsgCheck", ok, func() error {
		_, err := mp.GetSecurity().MsgCheck(&security.MsgCheckRequest{OpenID: "openid-1", Scene: 1, Content: "hello"})
		return err
	})
}
