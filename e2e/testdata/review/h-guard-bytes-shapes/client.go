package bshapes

import (
	"net/http"
	"strconv"
)

var hc = http.DefaultClient

// Secret prints masked.
type Secret []byte

func (s Secret) String() string { return "***" }

func apiKey() string { return "not-the-key" }

// Loop sends one request per page, the key's bytes change between pages.
func Loop(buf []byte, pages int) error {
	for i := 0; i < pages; i++ {
		resp, err := hc.Get("https://api.whispir.com/messages?apikey=" + string(buf) + "&page=" + strconv.Itoa(i))
		if err != nil {
			return err
		}
		resp.Body.Close()
		buf[0]++
	}
	return nil
}

// Runes converts a rune slice.
func Runes(rs []rune) error {
	if resp, err := hc.Get("https://api.whispir.com/contacts?apikey=" + string(rs)); err != nil {
		return err
	} else {
		return resp.Body.Close()
	}
}

// Named converts a named byte slice with a String method.
func Named(s Secret) error {
	u := "https://api.whispir.com/templates?apikey=" + string(s)
	s[0] = 'X'
	resp, err := hc.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Clash reads the package-level apiKey after the statement.
func Clash(buf []byte) error {
	resp, err := hc.Get("https://api.whispir.com/events?apikey=" + string(buf))
	if err != nil {
		return err
	}
	if apiKey() == "" {
		return nil
	}
	return resp.Body.Close()
}

// Switch sends from a switch init.
func Switch(buf []byte, n int) error {
	switch resp, err := hc.Get("https://api.whispir.com/workspaces?apikey=" + string(buf)); {
	case err != nil:
		return err
	case n > 0:
		return resp.Body.Close()
	default:
		return resp.Body.Close()
	}
}
