package whispirlintoracle

import (
	"net/http"
	"testing"
	_ "unsafe" // go:linkname

	"github.com/blinkbean/dingtalk"
)

// The library sends through its own unexported client with its own
// transport and offers no option to replace it, so the oracle reaches it
// by name. (A test-only hook; the library's code is not changed.)
//
//go:linkname dingClient github.com/blinkbean/dingtalk.myHTTPClient
var dingClient *http.Client

func TestOracle(t *testing.T) {
	dingClient.Transport = rec
	bot := dingtalk.InitDingTalk([]string{Key}, "")
	const ok = `{"errcode": 0, "errmsg": "ok"}`
	call(t, "SendTextMessage", ok, func() error {
		return bot.SendTextMessage("deploy done", dingtalk.WithAtMobiles([]string{"13800000000"}))
	})
	call(t, "SendMarkDownMessage", ok, func() error {
		return bot.SendMarkDownMessage("alert", "## disk full")
	})
	call(t, "SendLinkMessage", ok, func() error {
		return bot.SendLinkMessage("report", "weekly", "https://example.com/p.png", "https://example.com/r")
	})
}
