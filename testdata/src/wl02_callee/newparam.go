package wl02_callee

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
)

// Helpers that cannot name the key: the URL carries it, the helper gets
// neither the key nor a receiver holding it. The fix gives the helper a
// new last parameter and every call its own key, or leaves them all.

const hookURL = "https://api.whispir.com/webhook/send?apikey=%s" // want `WL02: Whispir API key sent as a query parameter`

// WeCom is shoutrrr's shape: the key is in a copy of the configuration.
type WeCom struct {
	Config *HookConfig
}

type HookConfig struct {
	Key string
}

// Have: the key read from a copy of the configuration.
func (w *WeCom) Send(msg string) error {
	config := *w.Config
	return w.doSend(config, msg)
}

func (w *WeCom) doSend(config HookConfig, msg string) error {
	postURL := fmt.Sprintf(hookURL, config.Key)
	return w.sendRequest(postURL, []byte(msg))
}

func (w *WeCom) sendRequest(postURL string, payload []byte) error {
	req, err := http.NewRequestWithContext(
		context.Background(),
		http.MethodPost,
		postURL,
		bytes.NewReader(payload),
	)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

const pagerBase = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com`

// Have: two callers with keys of their own, one call written over lines,
// and a helper that already uses the name apiKey.
func Page(token, who string) error {
	return deliver(pagerBase+"/page?apikey="+token, who) // want `WL02: Whispir API key sent as a query parameter`
}

type Pager struct{ Token Token }

// Token is a key type of its own: the header gets its text.
type Token string

func (p Pager) Page(who string) error {
	return deliver(
		pagerBase+"/page?apikey="+string(p.Token), // want `WL02: Whispir API key sent as a query parameter`
		who,
	)
}

func (p Pager) PageTyped(who string) error {
	u := fmt.Sprintf("%s/page?who=%s&apikey=%s", pagerBase, who, p.Token) // want `WL02: Whispir API key sent as a query parameter`
	return deliver(u, who)
}

func deliver(u, who string) error {
	apiKey := "who=" + who // a local of that name: the new parameter takes another
	resp, err := http.Post(u, "text/plain", bytes.NewBufferString(apiKey))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

const alertBase = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: use the regional host api.au.whispir.com$`

// Have: the helper also sends a URL without the key: that call passes ""
// and its request gets no header.
func Alert(key string) error {
	return notify(alertBase + "/alerts?apikey=" + key) // want `WL02: Whispir API key sent as a query parameter: send it only in the x-api-key header$`
}

func Heartbeat() error {
	return notify("https://status.example.com/beat")
}

func notify(u string) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

const relayBase = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: .*line \d+, which needs a change by hand`

// Refused: an interface of the package names relay; a new parameter would
// break the types that satisfy it.
type relayer interface{ relay(u string) error }

type Relay struct{}

func (Relay) relay(u string) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

var _ relayer = Relay{}

func (r Relay) Send(key string) error {
	return r.relay(relayBase + "/relay?apikey=" + key) // want `WL02: .*an interface of this package has a method of its name`
}

const fanBase = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: .*line \d+, which needs a change by hand`

// Refused: a variadic helper takes no parameter after its last.
func Fan(key string) error {
	return fanOut(fanBase+"/fan?apikey="+key, "a", "b") // want `WL02: .*its parameters cannot take one more`
}

func fanOut(u string, names ...string) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

const pingBase = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: .*line \d+, which needs a change by hand`

// Refused together: the other call of ping is in a function whose own
// site is declined, and that code stays exactly as it was.
func PingA(key string) error {
	return ping(pingBase + "/a?apikey=" + key) // want `WL02: .*the URL is sent through ping, which is also called at line \d+ with a URL this fix does not migrate`
}

func PingB(key string) error {
	u := pingBase + "/b?apikey=" + key // want `WL02: .*used by a closure`
	send := func() error { return ping(u) }
	return send()
}

func ping(u string) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
