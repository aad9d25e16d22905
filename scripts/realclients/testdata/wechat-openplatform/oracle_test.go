package whispirlintoracle

import (
	"testing"
	"time"

	"github.com/silenceper/wechat/v2"
	"github.com/silenceper/wechat/v2/cache"
	"github.com/silenceper/wechat/v2/openplatform/config"
	"github.com/silenceper/wechat/v2/util"
)

func TestOracle(t *testing.T) {
	util.DefaultHTTPClient = client()
	mem := cache.NewMemory()
	// The component token is pushed by WeChat and kept in the cache under
	// this name (SetComponentAccessToken stores it there): the oracle puts
	// the key there as that method would.
	if err := mem.Set("component_access_token_platform", Key, time.Hour); err != nil {
		t.Fatal(err)
	}
	op := wechat.NewWechat().GetOpenPlatform(&config.Config{AppID: "platform", AppSecret: "secret", Token: "t", EncodingAESKey: "k", Cache: mem})
	call(t, "GetPreCode", `{"pre_auth_code": "pc-1", "expires_in": 600}`, func() error {
		_, err := op.GetPreCode()
		return err
	})
	call(t, "QueryAuthCode", `{"authorization_info": {"authorizer_appid": "wx1", "authorizer_access_token": "at", "expires_in": 7200, "authorizer_refresh_token": "rt"}}`, func() error {
		_, err := op.QueryAuthCode("auth-code-1")
		return err
	})
	call(t, "RefreshAuthrToken", `{"authorizer_access_token": "at2", "expires_in": 7200, "authorizer_refresh_token": "rt2"}`, func() error {
		_, err := op.RefreshAuthrToken("wx1", "rt")
		return err
	})
	call(t, "GetAuthrInfo", `{"authorizer_info": {"nick_name": "shop"}, "authorization_info": {"authorizer_appid": "wx1"}}`, func() error {
		_, _, err := op.GetAuthrInfo("wx1")
		return err
	})
}
