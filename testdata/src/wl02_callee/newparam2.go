package wl02_callee

import "net/http"

// More helpers given the key in a new parameter: a method of a generic
// type, and the calls whose key the new argument would not read as the
// URL did.

const genBase = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: use the regional host api.au.whispir.com`

// Have: a method of a generic type; its keyless call passes "".
type Store[T any] struct {
	items []T
}

func (s *Store[T]) Messages(key string) error {
	return s.send(genBase + "/messages?apikey=" + key) // want `WL02: Whispir API key sent as a query parameter: send it only in the x-api-key header`
}

func (s *Store[T]) Beat() error {
	return s.send("https://status.example.com/beat")
}

func (s *Store[T]) send(u string) error {
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

const rotBase = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: .*line \d+, which needs a change by hand`

// Refused: the call's own arguments change the key a new last argument
// would read.
type KeyRotor struct{ key string }

func (r *KeyRotor) rotate() string {
	r.key = "next-" + r.key
	return "rotated"
}

func (r *KeyRotor) Messages() error {
	u := rotBase + "/messages?apikey=" + r.key // want `WL02: .*r.key may change in the call at line \d+ before the request is sent`
	return post(u, r.rotate())
}

func post(u, note string) error {
	resp, err := http.Post(u, "text/plain", nil)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

const tagBase = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: .*line \d+, which needs a change by hand`

// Refused: where the URL is passed, key names another variable.
func Tagged(key string, tags []string) error {
	u := tagBase + "/messages?apikey=" + key // want `WL02: .*key is not in scope where the URL is passed to fetch`
	for _, key := range tags {
		if err := fetch(u); err != nil {
			return err
		}
		if err := fetch("https://status.example.com/tag/" + key); err != nil {
			return err
		}
	}
	return nil
}

func fetch(u string) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

const pairBase = "https://api.whispir.com" // want `WL01: retired Whispir host api.whispir.com: .*line \d+, which needs a change by hand`

// Refused: the other call passes the results of a call, and can take no
// argument after them.
func Paired(key string) error {
	return handOver(pairBase+"/messages?apikey="+key, "hi") // want `WL02: .*the URL is sent through handOver, which is also called at line \d+`
}

func pair() (string, string) { return "https://status.example.com/down", "down" }

func Down() error {
	return handOver(pair())
}

func handOver(u, body string) error {
	resp, err := http.Post(u, "text/plain", nil)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
