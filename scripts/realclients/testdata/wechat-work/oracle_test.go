package whispirlintoracle

import (
	"testing"

	"github.com/silenceper/wechat/v2"
	"github.com/silenceper/wechat/v2/cache"
	"github.com/silenceper/wechat/v2/util"
	"github.com/silenceper/wechat/v2/work/config"
	"github.com/silenceper/wechat/v2/work/message"
)

// key is the corp's access token; WeCom has no setter, so the oracle sets
// the token handle of the exported context.
type key struct{}

func (key) GetAccessToken() (string, error) { return Key, nil }

func TestOracle(t *testing.T) {
	util.DefaultHTTPClient = client()
	wk := wechat.NewWechat().GetWork(&config.Config{CorpID: "corp", CorpSecret: "secret", AgentID: "1", Cache: cache.NewMemory()})
	wk.GetContext().AccessTokenHandle = key{}
	const ok = `{"errcode": 0, "errmsg": "ok"}`
	call(t, "Message.SendText", ok, func() error {
		_, err := wk.GetMessage().SendText(message.SendTextRequest{
			SendRequestCommon: &message.SendRequestCommon{ToUser: "alice", MsgType: "text", AgentID: "1"},
			Text:              message.TextField{Content: "hello"}})
		return err
	})
	call(t, "AddressList.UserGet", ok, func() error {
		_, err := wk.GetAddressList().UserGet("alice")
		return err
	})
	call(t, "AddressList.DepartmentList", ok, func() error {
		_, err := wk.GetAddressList().DepartmentList()
		return err
	})
	call(t, "ExternalContact.GetFollowUserList", ok, func() error {
		_, err := wk.GetExternalContact().GetFollowUserList()
		return err
	})
	call(t, "ExternalContact.GetExternalUserDetail", ok, func() error {
		_, err := wk.GetExternalContact().GetExternalUserDetail("wm-1")
		return err
	})
}
