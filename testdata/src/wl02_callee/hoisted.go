package wl02_callee

import (
	"math/rand"
	"net/http"
	"net/url"
)

// Bot sends with one of its tokens, picked at random per message.
type Bot struct {
	tokens []string
	hc     *http.Client
}

const botBase = "https://api.au.whispir.com/messages?"

func (b *Bot) post(u string) error {
	req, err := http.NewRequest(http.MethodPost, u, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := b.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Have: a computed key (a token picked at random) moves into a variable,
// which the helper gets in a new parameter.
func (b *Bot) Notify() error {
	v := url.Values{}
	v.Set("apikey", b.tokens[rand.Intn(len(b.tokens))]) // want `WL02`
	return b.post(botBase + v.Encode())
}

// The helper's other call passes no key.
func (b *Bot) Ping() error {
	return b.post("https://example.com/ping")
}
