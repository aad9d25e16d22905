package main

import (
	"fmt"
	"net/http"
	"os"
	"reflect"
)

type app struct {
	key string
	hc  *http.Client
}

// Send is also run by name from the command line (see run).
func (a *app) Send(u string, header map[string]string) error {
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := a.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (a *app) messages() error {
	return a.Send("https://api.whispir.com/messages?apikey="+a.key, map[string]string{"Accept": "application/json"})
}

// run calls a method by name: run(a, "Send", "https://status.example.com/").
func run(a *app, method, arg string) error {
	out := reflect.ValueOf(a).MethodByName(method).Call([]reflect.Value{reflect.ValueOf(arg), reflect.ValueOf(map[string]string{"Accept": "*/*"})})
	if err, _ := out[0].Interface().(error); err != nil {
		return err
	}
	return nil
}

func main() {
	a := &app{key: os.Getenv("WHISPIR_KEY"), hc: http.DefaultClient}
	var err error
	if len(os.Args) > 2 {
		err = run(a, os.Args[1], os.Args[2])
	} else {
		err = a.messages()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
