package whispirlintoracle

import (
	"testing"

	"github.com/silenceper/wechat/v2"
	"github.com/silenceper/wechat/v2/cache"
	"github.com/silenceper/wechat/v2/officialaccount/config"
	"github.com/silenceper/wechat/v2/officialaccount/message"
	"github.com/silenceper/wechat/v2/util"
)

// key is the account's access token: the library's documented hook for a
// token obtained elsewhere (SetAccessTokenHandle).
type key struct{}

func (key) GetAccessToken() (string, error) { return Key, nil }

func TestOracle(t *testing.T) {
	util.DefaultHTTPClient = client()
	oa := wechat.NewWechat().GetOfficialAccount(&config.Config{AppID: "app", AppSecret: "secret", Cache: cache.NewMemory()})
	oa.SetAccessTokenHandle(key{})
	const ok = `{"errcode": 0, "errmsg": "ok"}`
	call(t, "CustomerMessageManager.Send", ok, func() error {
		return oa.GetCustomerMessageManager().Send(message.NewCustomerTextMessage("openid-1", "hello"))
	})
	call(t, "Template.Send", ok, func() error {
		_, err := oa.GetTemplate().Send(&message.TemplateMessage{ToUser: "openid-1", TemplateID: "tpl",
			Data: map[string]*message.TemplateDataItem{"first": {Value: "hi"}}})
		return err
	})
	call(t, "Menu.GetMenu", ok, func() error {
		_, err := oa.GetMenu().GetMenu()
		return err
	})
	call(t, "User.GetUserInfo", ok, func() error {
		_, err := oa.GetUser().GetUserInfo("openid-1")
		return err
	})
	call(t, "User.ListUserOpenIDs", ok, func() error {
		_, err := oa.GetUser().ListUserOpenIDs()
		return err
	})
	call(t, "Material.GetMaterialCount", ok, func() error {
		_, err := oa.GetMaterial().GetMaterialCount()
		return err
	})
}
