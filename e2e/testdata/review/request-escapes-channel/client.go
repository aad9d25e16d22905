package repro

import (
	"net/http"
)

type Batch struct {
	reqs []*http.Request
	hc   *http.Client
}

func (b *Batch) Add(k string) error {
	req, err := http.NewRequest("GET", "https://api.whispir.com/messages?apikey="+k, nil)
	if err != nil {
		return err
	}
	b.reqs = append(b.reqs, req)
	return nil
}

func (b *Batch) Flush() error {
	for _, r := range b.reqs {
		r.Header = http.Header{"Accept": {"*/*"}}
		if _, err := b.hc.Do(r); err != nil {
			return err
		}
	}
	return nil
}

func Queue(k string, out chan<- *http.Request) error {
	req, err := http.NewRequest("GET", "https://api.whispir.com/contacts?apikey="+k, nil)
	if err != nil {
		return err
	}
	out <- req
	return nil
}

func Worker(in <-chan *http.Request, hc *http.Client) error {
	r := <-in
	r.Header = make(http.Header)
	_, err := hc.Do(r)
	return err
}
