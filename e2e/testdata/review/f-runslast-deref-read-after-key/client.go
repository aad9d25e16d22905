package x

import (
	"net/http"
	"strconv"
)

// Getter pages through templates: each key it hands out is fresh, and
// moves its page cursor on.
type Getter struct {
	hc    *http.Client
	key   string
	page  string
	calls int
}

func (g *Getter) next() string {
	g.calls++
	g.key = "k" + strconv.Itoa(g.calls)
	g.page = strconv.Itoa(g.calls + 1)
	return g.key
}

func (g *Getter) workspace() string { return "w1" }

// Templates asks for the page the cursor is on once the key is taken.
func (g *Getter) Templates() (*http.Response, error) {
	page := &g.page
	u := "https://api.whispir.com/workspaces/" + g.workspace() + "/templates?apikey=" + g.next() + "&page=" + *page
	return g.hc.Get(u)
}
