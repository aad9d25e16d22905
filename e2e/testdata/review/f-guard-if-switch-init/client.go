package x

import (
	"net/http"
	"os"
)

var calls int

func key() string { calls++; return os.Getenv("WHISPIR_API_KEY") }

var results []string

func check(r *http.Response, err error) {
	if err != nil {
		results = append(results, "err")
		return
	}
	r.Body.Close()
	results = append(results, "ok")
}

func Run() {
	check(http.Get("https://api.whispir.com/c?apikey=" + key()))
	if resp, err := http.Get("https://api.whispir.com/d?apikey=" + key()); err == nil {
		resp.Body.Close()
		results = append(results, "if")
	} else {
		results = append(results, "else")
	}
	switch resp, err := http.Get("https://api.whispir.com/e?apikey=" + key()); {
	case err != nil:
		results = append(results, "case-err")
	default:
		resp.Body.Close()
		results = append(results, "default")
	}
}
