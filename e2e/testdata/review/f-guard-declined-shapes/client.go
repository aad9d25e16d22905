package x

import (
	"net/http"
	"os"
)

var order []string

func f() string { order = append(order, "f"); return "a" }
func g() string { order = append(order, "g"); return os.Getenv("WHISPIR_API_KEY") }

func check(r *http.Response, err error) bool {
	if err == nil {
		r.Body.Close()
	}
	return err == nil
}

// The key's call runs only when ok: a variable before the if would run it always.
func ShortCircuit(ok bool) bool {
	return ok && check(http.Get("https://api.whispir.com/s?apikey="+g()))
}

// A deferred request: its URL (and key) is computed now, sent later.
func Deferred() {
	order = append(order, "start")
	defer http.Get("https://api.whispir.com/d?apikey=" + g())
	order = append(order, "end")
}

// The key's call runs after another call in the statement that sends.
func AfterOther() {
	check(http.Get("https://api.whispir.com/o/" + f() + "?apikey=" + g()))
}
