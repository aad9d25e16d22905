package wl02_flow

import (
	"fmt"
	"net/http"
	"net/url"
	"os"
)

// Have: phase-1 code that sets the header only behind a flag: the fix sets
// it on every path.
func HalfMigrated(key string, headerAuth bool) (*http.Response, error) {
	req, err := http.NewRequest("GET", "https://api.au.whispir.com/messages?apikey="+key, nil) // want `WL02`
	if err != nil {
		return nil, err
	}
	if headerAuth {
		req.Header.Set("x-api-key", key)
	}
	return http.DefaultClient.Do(req)
}

// Refused: the header is already set to another value.
func Placeholder(key string) (*http.Response, error) {
	req, err := http.NewRequest("GET", "https://api.au.whispir.com/messages?apikey="+key, nil) // want `WL02: .*already sets or deletes x-api-key`
	if err != nil {
		return nil, err
	}
	req.Header.Set("x-api-key", "")
	return http.DefaultClient.Do(req)
}

const keyPart1 = "zqxwvutsrq" // want `WL12: part of a Whispir API key`
const keyPart2 = "ponmlkjihg" // want `WL12: part of a Whispir API key`

// Have: a key split over two constants: the header names them, it never
// copies their value.
func SplitKey() (*http.Response, error) {
	return http.Get("https://api.au.whispir.com/messages?apikey=" + keyPart1 + keyPart2) // want `WL02` `WL12`
}

func getenv(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

// Refused, and the message does not quote the key expression, which holds a
// literal.
func Fallback() (*http.Response, error) {
	return http.Get("https://api.au.whispir.com/messages?apikey=" + getenv("WHISPIR_KEY", "9f3c2a7be41d4c0a")) // want `WL02: .*the key expression is computed`
}

// APIKey is a typed key, as many SDKs declare it.
type APIKey string

type Typed struct {
	Key  APIKey
	HTTP *http.Client
}

// Have: a named string type printed with %s: the header converts it.
func (c *Typed) Message(id int) (*http.Response, error) {
	return c.HTTP.Get(fmt.Sprintf("https://api.au.whispir.com/messages/%d?apikey=%s", id, c.Key)) // want `WL02`
}

// Refused: the URL carried hex(key).
func Hex(key []byte) (*http.Response, error) {
	return http.Get(fmt.Sprintf("https://api.au.whispir.com/messages?apikey=%x", key)) // want `WL02: .*formatted with %x`
}

// Refused: a number is not a string.
func Num(key int64) (*http.Response, error) {
	return http.Get(fmt.Sprintf("https://api.au.whispir.com/messages?apikey=%v", key)) // want `WL02: .*not a string`
}

// Refused: a literal key is never copied into new code.
func Escaped() (*http.Response, error) {
	return http.Get("https://api.au.whispir.com/messages?apikey=ab%2Bcd%2Fef0123%3D%3D&x=1") // want `WL02: .*written in the URL` `WL12`
}

// Have: an escaped key: the header carries the key itself.
func QueryEscaped(key string) (*http.Response, error) {
	return http.Get("https://api.au.whispir.com/messages?apikey=" + url.QueryEscape(key)) // want `WL02`
}

type Rotating struct {
	APIKey string
	HTTP   *http.Client
}

func (c *Rotating) rotate() { c.APIKey = "next" }

// Refused: a call between the URL and the request may change the key.
func (c *Rotating) Send() (*http.Response, error) {
	u := "https://api.au.whispir.com/messages?apikey=" + c.APIKey // want `WL02: .*may change in the call at line`
	c.rotate()
	return c.HTTP.Get(u)
}

// Refused: defer reads its arguments at once, the rewrite would read the
// key at function exit.
func (c *Rotating) Close() {
	defer c.HTTP.Get("https://api.au.whispir.com/sessions/close?apikey=" + c.APIKey) // want `WL02: .*defer or go statement`
	c.rotate()
}

// Refused: the key is rotated in the loop that sends the URL again.
func Loop(key string, c *http.Client) {
	u := "https://api.au.whispir.com/messages?apikey=" + key // want `WL02: .*key changes in this function`
	for range 3 {
		c.Get(u)
		key = key + "x"
	}
}

type Getter struct {
	key string
	hc  *http.Client
}

// Key returns the API key.
func (g *Getter) Key() string { return g.key }

// Have: a key read through a getter of a field.
func (g *Getter) Templates() (*http.Response, error) {
	return g.hc.Get("https://api.au.whispir.com/templates?apikey=" + g.Key()) // want `WL02`
}

func (g *Getter) next() string { g.key += "x"; return g.key }

// Have: a method that is not a getter is a computation: it runs once,
// first, in a variable declared before the statement.
func (g *Getter) Rotating() (*http.Response, error) {
	return g.hc.Get("https://api.au.whispir.com/templates?apikey=" + g.next()) // want `WL02`
}

func (g *Getter) workspace() string { return "w1" }

// Refused: another call runs before the key's in the statement that sends.
func (g *Getter) RotatingAfter() (*http.Response, error) {
	return g.hc.Get("https://api.au.whispir.com/workspaces/" + g.workspace() + "/templates?apikey=" + g.next()) // want `WL02: .*is computed`
}

// Have: the key's call is the last the assignment makes: it runs right
// after the assignment instead, which reads only locals no call can change.
func (g *Getter) RotatingLast(page string) (*http.Response, error) {
	u := "https://api.au.whispir.com/workspaces/" + g.workspace() + "/templates?page=" + page + "&apikey=" + g.next() // want `WL02`
	return g.hc.Get(u)
}

// Refused: the assignment reads a field after the key's call, which may
// change it.
func (g *Getter) RotatingField() (*http.Response, error) {
	u := "https://api.au.whispir.com/" + g.workspace() + "/templates?x=" + g.key + "&apikey=" + g.next() // want `WL02: .*is computed`
	return g.hc.Get(u)
}

// Refused: a default that may be a secret is never written anew.
func FallbackSplit() (*http.Response, error) {
	return http.Get("https://api.au.whispir.com/messages?apikey=" + getenv("WHISPIR_KEY", "zqxwvutsrq")) // want `WL02: .*the key expression is computed`
}

// Secret is a typed key that hides itself from logs.
type Secret string

func (Secret) String() string { return "****" }

// Refused: %s printed what String returns.
func Masked(key Secret) (*http.Response, error) {
	return http.Get(fmt.Sprintf("https://api.au.whispir.com/messages?apikey=%s", key)) // want `WL02: .*own String, Error or Format method`
}

// Have: a conversion reads the string itself.
func Converted(key Secret) (*http.Response, error) {
	return http.Get("https://api.au.whispir.com/messages?apikey=" + string(key)) // want `WL02`
}

// Have: a handler closure reading a parameter of the function around it,
// never assigned again.
func Handler(apiKey string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		req, err := http.NewRequestWithContext(r.Context(), http.MethodPost, "https://api.au.whispir.com/messages?apikey="+apiKey, r.Body) // want `WL02`
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		resp.Body.Close()
	}
}

type Config struct {
	Auth struct{ Key string }
	Key  string
}

func (c *Config) rotate() { c.Key = "next" }

func prepare(c Config) string { return c.Key }

// Have: cfg is this function's own copy: a call between the URL and the
// request cannot change cfg.Key (shoutrrr's wecom passes config by value).
func ByValue(cfg Config, hc *http.Client) (*http.Response, error) {
	u := "https://api.au.whispir.com/messages?apikey=" + cfg.Key // want `WL02`
	_ = prepare(cfg)
	return hc.Get(u)
}

// Have: a field of a field of the copy.
func ByValueNested(cfg Config, hc *http.Client) (*http.Response, error) {
	u := "https://api.au.whispir.com/messages?apikey=" + cfg.Auth.Key // want `WL02`
	_ = prepare(cfg)
	return hc.Get(u)
}

// Refused: a method with a pointer receiver takes the copy's address.
func ByValueRotated(cfg Config, hc *http.Client) (*http.Response, error) {
	u := "https://api.au.whispir.com/messages?apikey=" + cfg.Key // want `WL02: .*may change in the call at line`
	cfg.rotate()
	return hc.Get(u)
}

// Refused: the copy's address goes to a call.
func ByValueShared(cfg Config, hc *http.Client, edit func(*Config)) (*http.Response, error) {
	u := "https://api.au.whispir.com/messages?apikey=" + cfg.Key // want `WL02: .*cfg.Key changes in this function`
	edit(&cfg)
	return hc.Get(u)
}

// Have: string(key) copies bytes that may change later: the copy moves into
// a variable made where it was made before.
func KeyBytes(key []byte) error {
	req, err := http.NewRequest("GET", "https://api.au.whispir.com/messages?apikey="+string(key), nil) // want `WL02`
	if err != nil {
		return err
	}
	key[0] = 'y'
	_, err = http.DefaultClient.Do(req)
	return err
}

func scrub(b []byte) string {
	clear(b)
	return "1"
}

// Refused: a later call of the statement may change the bytes before gc
// copies them.
func KeyBytesScrubbed(key []byte) (*http.Response, error) {
	return http.Get("https://api.au.whispir.com/messages?apikey=" + string(key) + "&v=" + scrub(key)) // want `WL02: .*string\(key\) is computed`
}
