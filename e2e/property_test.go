package e2e

import (
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"maps"
	"math/rand/v2"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The property test generates many legacy Whispir call sites from the URL
// shapes the core rules know, each in its own function and file of one
// module, together with a test that calls every function through a
// recording transport and checks the request against what the generator
// computed. The module is migrated with whispirlint -fix and must then
// build, vet, be gofmt-clean, send exactly the expected requests, be left
// alone by a second -fix, and report nothing but the cases the generator
// knows are fixed by hand.

var (
	propSeed  = flag.Uint64("prop.seed", 20261123, "seed of the property test's case generator")
	propCases = flag.Int("prop.n", 240, "number of cases the property test generates")
)

// The values the generated test passes; each key kind sends its own value,
// so a fix that sends the wrong expression is caught.
const (
	propParamKey = "k-param" // the function's key parameter
	propFieldKey = "k-field" // cfg.Key
	propConstKey = "k-const" // the package constant keyConst
	propLitKey   = "k-lit"   // written inside the URL literal
	propPage     = "7"       // cfg.Page, a computed parameter value
)

// Option lists of the generator.
var (
	propSchemes = []string{"https", "http"}
	propHosts   = []string{"api.whispir.com", "api.app.whispir.it", "api-sni.whispir.com", "api.us.whispir.com", "API.Whispir.com"}
	propPaths   = []string{"", "/messages", "/messages/42/messagestatus"}
	propNames   = []string{"apikey", "apiKey", "APIKey", "APIKEY"}
	propOthers  = []propParam{{name: "limit", value: "10"}, {name: "view", value: "full"}, {name: "sort", value: "asc"}}
)

type propKeyKind int

const (
	keyParam propKeyKind = iota // key
	keyLocal                    // k := key + "-l"
	keyField                    // cfg.Key
	keyConst                    // keyConst
	keyLit                      // "...?apikey=k-lit"
	keyCall                     // strings.TrimSpace(key): moved into a variable, or declined
	numKeyKinds
)

// propFlow is what else the function does with the URL and the request:
// the shapes where a guess about "the function's request" goes wrong.
type propFlow int

const (
	flowPlain       propFlow = iota
	flowUnrelated            // an unrelated request to another host first: never gets the key
	flowWithContext          // sent as req.WithContext(ctx), req used again after
	flowRetry                // the same request sent again on error
	flowReassigned           // req may be replaced by a request to another host: by hand
	flowHelper               // the URL is sent by a helper (sendVia): by hand
	flowClosure              // the URL is sent by a closure: by hand
	flowSender               // the URL and the key are passed to a helper that sends (sendNNN)
	flowCondKey              // the key is set under a condition the request is not built under: by hand
	// Flows across functions and packages. A remote helper is an exported
	// function of the module's package client (example.com/prop/client);
	// a case whose flow the design does not settle may be migrated or
	// declined, never wrong.
	flowRetURL       // a helper builds the URL and returns it; the case sends it
	flowRetReq       // a helper builds the URL and the request and returns the request; the case sends it
	flowPkgBase      // the base URL is an exported constant or variable of package client
	flowPkgSender    // the URL and the key go to client.SendNNN, which builds and sends the request
	flowKeyHelper    // a helper adds the key to the case's url.Values (cond: only when a flag is set)
	flowValuesHelper // a helper returns the url.Values with the key (cond: only when a flag is set)
	flowCondURL      // a helper returns the URL and appends the key only when a flag is set
	flowChain        // the URL goes through 1 to 3 sending helpers of the package (recv: methods of a struct that holds the key)
	flowImporter     // client.SendNNN builds and sends the request; the case, which imports it, also has a site that is declined (never run)
	numFlows
)

var propFlowNames = [numFlows]string{"plain", "unrelated", "withContext", "retry", "reassigned", "helper", "closure",
	"sender", "condKey", "retURL", "retReq", "pkgBase", "pkgSender", "keyHelper", "valuesHelper", "condURL", "chain", "importer"}

type propBuilder int

const (
	buildConcat    propBuilder = iota // base + "/m?apikey=" + key + "&x=1"
	buildSprintf                      // fmt.Sprintf("%s/m?apikey=%s", base, key)
	buildQuerySet                     // u, _ := url.Parse(...); q := u.Query(); q.Set("apikey", key)
	buildValues                       // url.Values{"apikey": {key}} + v.Encode()
	buildURLStruct                    // url.URL{..., RawQuery: "apikey=" + key}
	numBuilders
)

type propCtor int

const (
	ctorNewRequest propCtor = iota
	ctorNewRequestCtx
	ctorGet
	ctorHead
	ctorPost
	ctorPostForm
	numCtors
)

type propBase int

const (
	baseInline propBase = iota // one literal holds scheme, host and path
	baseSplit                  // "https://api.whispir.com" + "/path..."
	baseConst                  // a package constant holds scheme and host
	baseVar                    // a package variable holds scheme and host
	numBases
)

type propParam struct {
	name, value string
	key         bool // the API key parameter
	dyn         bool // the value is computed (cfg.Page)
}

// A propCase is one generated call site.
type propCase struct {
	id       int
	scheme   string
	host     string
	path     string
	base     propBase
	params   []propParam // the query in order, the key among them
	keyKind  propKeyKind
	builder  propBuilder
	ctor     propCtor
	client   bool // a method of the *http.Client rather than the package function
	urlVar   bool // the URL is stored in a variable u before the request
	method   string
	multi    bool   // url.Values on several lines
	add      bool   // Query().Add rather than Set
	assignRQ bool   // u.RawQuery = ... rather than the RawQuery field
	callCtx  int    // Get, Head, Post, PostForm: resp, err := CALL; return closeBody(CALL); if resp, err := CALL; ...
	strings  bool   // the file imports strings even when it needs not
	verb     string // the fmt.Sprintf verb of the holes: %s or %v
	flow     propFlow
	remote   bool // the flow's helper is in package client
	recv     bool // the URL or request helper is a method of a struct that holds the key
	hops     int  // flowChain: the number of sending helpers
	twice    bool // flowChain: the first helper also sends a request to another host first
	retry    bool // flowChain: the last helper sends the request again on error
	newHdr   bool // flowRetReq, flowChain: the request's Header map is replaced before it is sent (by the caller of the request helper, or in the last sending helper)
	appendQ  bool // flowPlain, flowChain, flowRetURL: "&trace=1" is appended to the URL the helper is given or returns (legacy code can count on a query)
	cond     bool // the key is added only when !cfg.NoKey; the test also calls the case with NoKey set

	// The scope the URL is being rendered in, "" for the case's function:
	// the key and page expressions, the error return, the base's name.
	kx, px, er, baseRef string
}

func (c *propCase) name() string { return fmt.Sprintf("Case%03d", c.id) }

// sender names the case's own sending helper (flowSender).
func (c *propCase) sender() string { return fmt.Sprintf("send%03d", c.id) }
func (c *propCase) file() string   { return fmt.Sprintf("case%03d.go", c.id) }

func genCase(rng *rand.Rand, id int) *propCase {
	pick := func(n int) int { return rng.IntN(n) }
	c := &propCase{
		id:      id,
		scheme:  propSchemes[pick(len(propSchemes))],
		host:    propHosts[pick(len(propHosts))],
		path:    propPaths[pick(len(propPaths))],
		base:    propBase(pick(int(numBases))),
		keyKind: propKeyKind(pick(int(numKeyKinds))),
		builder: propBuilder(pick(int(numBuilders))),
		ctor:    propCtor(pick(int(numCtors))),
		client:  pick(2) == 0,
		urlVar:  pick(2) == 0,
		multi:   pick(2) == 0,
		add:     pick(2) == 0,
		strings: pick(3) == 0,
	}
	c.assignRQ = pick(2) == 0
	c.verb = []string{"%s", "%v"}[pick(2)]
	c.callCtx = pick(3)
	c.flow = propFlow(pick(int(numFlows)))
	switch c.flow {
	case flowWithContext, flowRetry, flowReassigned:
		if c.ctor != ctorNewRequest && c.ctor != ctorNewRequestCtx {
			c.flow = flowPlain
		}
	case flowHelper, flowClosure, flowSender:
		// The URL is a string the helper or closure GETs.
		if c.builder == buildQuerySet || c.builder == buildURLStruct {
			c.flow = flowPlain
			break
		}
		c.ctor, c.callCtx = ctorGet, 0
	case flowPlain:
		c.appendQ = pick(4) == 0
	case flowCondKey:
		// q.Set("apikey", k) in an if: the query builder only.
		c.cond = c.builder == buildQuerySet
		if !c.cond {
			c.flow = flowPlain
		}
	case flowRetURL:
		c.remote = pick(2) == 0
		c.recv = !c.remote && pick(2) == 0
		c.appendQ = pick(3) == 0 && c.builder != buildQuerySet
	case flowRetReq:
		c.remote = pick(2) == 0
		c.recv = !c.remote && pick(2) == 0
		if c.ctor != ctorNewRequest && c.ctor != ctorNewRequestCtx {
			c.ctor = ctorNewRequest + propCtor(pick(2))
		}
		c.newHdr = pick(3) == 0
	case flowPkgBase:
		c.base = baseConst + propBase(pick(2))
		if c.builder == buildURLStruct {
			c.builder = buildConcat
		}
	case flowPkgSender:
		c.ctor, c.callCtx = ctorGet, 0
	case flowKeyHelper:
		c.builder = buildQuerySet
		c.remote, c.cond = pick(2) == 0, pick(2) == 0
	case flowValuesHelper:
		c.builder = buildValues
		c.remote, c.cond = pick(2) == 0, pick(2) == 0
	case flowCondURL:
		c.builder = buildConcat
		c.remote, c.cond = pick(2) == 0, true
	case flowChain:
		c.ctor, c.callCtx = ctorNewRequest+propCtor(pick(2)), 0
		c.hops, c.recv, c.twice, c.retry = 1+pick(3), pick(2) == 0, pick(3) == 0, pick(3) == 0
		c.appendQ = pick(3) == 0
		c.newHdr = pick(3) == 0
	case flowImporter:
		c.remote = true
	}
	c.method = []string{"GET", "POST", "PUT", "DELETE"}[pick(4)]
	switch c.ctor {
	case ctorGet:
		c.method = "GET"
	case ctorHead:
		c.method = "HEAD"
	case ctorPost, ctorPostForm:
		c.method = "POST"
	}
	// The query: 0 to 2 other parameters, the key first, in the middle,
	// last or alone; one other value may be computed.
	others := slices.Clone(propOthers)
	rng.Shuffle(len(others), func(i, j int) { others[i], others[j] = others[j], others[i] })
	others = others[:pick(3)]
	if len(others) > 0 && pick(3) == 0 {
		others[0] = propParam{name: "page", dyn: true}
	}
	key := propParam{name: propNames[pick(len(propNames))], key: true}
	at := pick(len(others) + 1)
	if c.flow == flowCondURL {
		at = len(others) // appended last, under the flag
	}
	c.params = slices.Insert(others, at, key)
	return c
}

// legacyHost reports whether the case's host is one that -region=au migrates.
func (c *propCase) legacyHost() bool { return !strings.EqualFold(c.host, "api.us.whispir.com") }

// keyValue is the value the request must carry as its key.
func (c *propCase) keyValue() string {
	switch c.keyKind {
	case keyLocal:
		return propParamKey + "-l"
	case keyField:
		return propFieldKey
	case keyConst:
		return propConstKey
	case keyLit:
		return propLitKey
	}
	return propParamKey
}

// keyExpr is the Go expression of the key (for keyLit, a literal).
func (c *propCase) keyExpr() string {
	switch c.keyKind {
	case keyLocal:
		return "k"
	case keyField:
		return "cfg.Key"
	case keyConst:
		return "keyConst"
	case keyLit:
		return strconv.Quote(propLitKey)
	case keyCall:
		return "strings.TrimSpace(key)"
	}
	return "key"
}

func (p propParam) valueOf(c *propCase) string {
	switch {
	case p.key:
		return c.keyValue()
	case p.dyn:
		return propPage
	}
	return p.value
}

// either reports whether the case's flow is one the design does not settle
// today: migrated right and declined (left exactly as it was, reported) are
// both accepted, nothing else.
func (c *propCase) either() bool {
	if c.keyKind == keyCall {
		// A key computed by a call moves into a variable where the
		// statement runs the call first or last, the requests are in its
		// block and the flow is local (analyzer/hoist.go); else declined.
		return true
	}
	switch c.flow {
	case flowRetURL, flowRetReq, flowPkgSender, flowKeyHelper, flowValuesHelper, flowCondURL, flowChain, flowImporter:
		return true
	case flowPlain:
		// Text appended after the key is declined where whispirlint sees
		// it ("which goes with its '?'"); where it keeps a query, fixed.
		return c.appendQ && c.keyKind != keyLit
	case flowPkgBase:
		// A constant of another package that holds https and the host is
		// migrated with the site built on it (docs/fix-safety.md, "Across
		// packages"); a variable there, or an http scheme written apart
		// from the site, may be declined. The documented refusals of the
		// key expression (byHand) hold whatever the base.
		return (c.base != baseConst || c.scheme != "https") && c.keyKind != keyLit
	}
	return false
}

// inter reports whether the case's flow crosses functions or packages
// through declarations of its own (helpers, a base name of its own).
func (c *propCase) inter() bool { return c.flow >= flowRetURL }

// helperRef names the case's helper with the given stem where the case's
// function calls it: urlNNN, or client.URLNNN for a remote helper.
func (c *propCase) helperRef(stem string) string {
	if c.recv {
		return "a." + stem
	}
	if c.remote || c.flow == flowPkgSender {
		return "client." + c.helperName(stem)
	}
	return c.helperName(stem)
}

// helperName is the declared name of the case's helper.
func (c *propCase) helperName(stem string) string {
	if c.remote || c.flow == flowPkgSender {
		return fmt.Sprintf("%s%s%03d", strings.ToUpper(stem[:1]), stem[1:], c.id)
	}
	return fmt.Sprintf("%s%03d", stem, c.id)
}

// hasClient reports whether the case has a file in package client.
func (c *propCase) hasClient() bool {
	return c.remote || c.flow == flowPkgSender || c.flow == flowPkgBase
}

// pkg is the import path of the case's package. A case whose flow crosses
// functions or packages has a package of its own (and its client package
// one of its own too), with its own copies of the shared declarations: a
// helper that adds the key to a url.Values is a stray to whispirlint, and
// would hold the fixes of every case it shares a package with, and a
// package that keeps a key in a query holds the hosts of every package it
// imports.
func (c *propCase) pkg() string {
	if !c.inter() {
		return "example.com/prop"
	}
	return "example.com/prop/" + c.dir()
}

// dir is the case's folder in the module.
func (c *propCase) dir() string {
	if !c.inter() {
		return "."
	}
	return fmt.Sprintf("case%03d", c.id)
}

// ref is how the generated test calls the case's function: one of
// another package takes a *Config of its own.
func (c *propCase) ref() string {
	if !c.inter() {
		return "prop." + c.name()
	}
	p := path.Base(c.pkg())
	return fmt.Sprintf("func(c *http.Client, cfg *prop.Config, key string) error { return %s.%s(c, (*%s.Config)(cfg), key) }", p, c.name(), p)
}

// files lists the case's files, relative to the module.
func (c *propCase) files() []string {
	if c.hasClient() {
		return []string{path.Join(c.dir(), c.file()), path.Join(c.dir(), "client", c.file())}
	}
	return []string{path.Join(c.dir(), c.file())}
}

// declinedSource renders the file of a flowImporter case's site that
// whispirlint declines (the key is computed), or "". Its findings are not
// the case's.
func (c *propCase) declinedSource() string {
	if c.flow != flowImporter {
		return ""
	}
	src := fmt.Sprintf("package %s\n\nimport (\n\t\"net/http\"\n\t\"strings\"\n)\n\n"+
		"// declined%03d sends the key the way whispirlint leaves for a change by hand.\nfunc declined%03d(key string) error {\n"+
		"\treturn closeBody(http.Get(%q + strings.TrimSpace(key)))\n}\n", path.Base(c.pkg()), c.id, c.id, "https://api.whispir.com/messages?apikey=")
	out, err := format.Source([]byte(src))
	if err != nil {
		panic(err)
	}
	return string(out)
}

// sourceOf renders the case's file at a path files lists.
func (c *propCase) sourceOf(rel string) string {
	if path.Base(path.Dir(rel)) == "client" {
		return c.clientSource()
	}
	return c.source()
}

// byHand says why whispirlint is expected to report the case without a fix,
// or "".
func (c *propCase) byHand() string {
	if c.either() {
		return ""
	}
	switch c.flow {
	case flowReassigned:
		return "req also holds another request"
	case flowHelper:
		return "the URL is passed to sendVia"
	case flowClosure:
		return "the URL is used by a closure"
	case flowCondKey:
		return "the key is added under a condition"
	}
	switch c.keyKind {
	case keyLit:
		// Documented refusal: a key written in the source is never copied
		// into new code.
		return "the key is written in the source"
	}
	return ""
}

// usesStrings reports whether the file imports strings (a PostForm fix
// adds the import when it is missing).
func (c *propCase) usesStrings() bool {
	return c.strings || c.postsHere() || c.keyKind == keyCall
}

// postsHere reports whether the case's function sends with Post (a
// flowImporter case's request is sent by its client package).
func (c *propCase) postsHere() bool { return c.ctor == ctorPost && c.flow != flowImporter }

// expected query strings before and after the migration.
func (c *propCase) queries() (legacy, migrated string) {
	var all, rest []string
	for _, p := range c.params {
		kv := p.name + "=" + p.valueOf(c)
		all = append(all, kv)
		if !p.key {
			rest = append(rest, kv)
		}
	}
	if c.builder == buildQuerySet || c.builder == buildValues {
		// url.Values.Encode sorts by name.
		sortByName := func(kvs []string) {
			slices.SortStableFunc(kvs, func(a, b string) int {
				an, _, _ := strings.Cut(a, "=")
				bn, _, _ := strings.Cut(b, "=")
				return strings.Compare(an, bn)
			})
		}
		sortByName(all)
		sortByName(rest)
	}
	if c.appendQ {
		all, rest = append(all, propTrace), append(rest, propTrace)
	}
	return strings.Join(all, "&"), strings.Join(rest, "&")
}

// propNewHeader replaces a request's Header map (newHdr): a header set
// before it is lost.
const propNewHeader = `req.Header = http.Header{"Accept": {"application/json"}}`

// propTrace is the parameter appended to a URL that had a query (appendQ).
const propTrace = "trace=1"

// baseConstName names the package constant that holds scheme://host.
func (c *propCase) baseConstName() string {
	r := strings.NewReplacer(".", "_", "-", "_")
	return "base_" + c.scheme + "_" + r.Replace(c.host) + c.group()
}

// group separates the shared names of the cases left by hand from those of
// the others: a declined site keeps the retired host of every name its URL
// is built from, and so declines the other sites built from it too.
func (c *propCase) group() string {
	switch {
	case c.byHand() != "":
		return "_byhand"
	case c.either():
		// May be declined too.
		return "_either"
	}
	return ""
}

// baseVarName names the package variable that holds scheme://host, with a
// name that does not say Whispir: the evidence is the value it is given.
func (c *propCase) baseVarName() string {
	return fmt.Sprintf("endpoint_%s_%d%s", c.scheme, slices.Index(propHosts, c.host), c.group())
}

// A piece of a concatenation: constant text or a Go expression.
type piece struct {
	text string
	expr string // when not ""
}

// pieces lists the URL of a concatenation or format as constant text and
// expressions, the base first.
func (c *propCase) pieces(withQuery bool) []piece {
	var ps []piece
	origin := c.scheme + "://" + c.host
	switch c.base {
	case baseInline:
		ps = append(ps, piece{text: origin + c.path})
	case baseSplit:
		ps = append(ps, piece{expr: strconv.Quote(origin)}, piece{text: c.path})
	case baseConst, baseVar:
		name := c.baseRef
		if name == "" && c.base == baseConst {
			name = c.baseConstName()
		} else if name == "" {
			name = c.baseVarName()
		}
		ps = append(ps, piece{expr: name}, piece{text: c.path})
	}
	if !withQuery {
		return ps
	}
	return append(ps, c.queryPieces("?")...)
}

// queryPieces returns the pieces of the query, its first parameter after
// first ("?" after a path, "" for a RawQuery).
func (c *propCase) queryPieces(first string) []piece { return c.queryPiecesOf(c.params, first) }

// queryPiecesOf returns the pieces of a query of the given parameters.
func (c *propCase) queryPiecesOf(params []propParam, first string) []piece {
	var ps []piece
	for i, p := range params {
		sep := "&"
		if i == 0 {
			sep = first
		}
		ps = append(ps, piece{text: sep + p.name + "="})
		switch {
		case p.key && (c.kx != "" || c.keyKind != keyLit):
			ps = append(ps, piece{expr: c.kExpr()})
		case p.key:
			ps = append(ps, piece{text: propLitKey})
		case p.dyn:
			ps = append(ps, piece{expr: c.pExpr()})
		default:
			ps = append(ps, piece{text: p.value})
		}
	}
	return ps
}

// concat renders pieces as a concatenation, merging adjacent text.
func concat(ps []piece) string {
	var out []string
	var text strings.Builder
	pending := false
	for _, p := range ps {
		if p.expr == "" {
			text.WriteString(p.text)
			pending = true
			continue
		}
		if pending && text.Len() > 0 {
			out = append(out, strconv.Quote(text.String()))
		}
		text.Reset()
		pending = false
		out = append(out, p.expr)
	}
	if pending && text.Len() > 0 {
		out = append(out, strconv.Quote(text.String()))
	}
	return strings.Join(out, " + ")
}

// sprintf renders pieces as a fmt.Sprintf call whose holes are verb.
func sprintf(ps []piece, verb string) string {
	var format strings.Builder
	var args []string
	for _, p := range ps {
		if p.expr == "" {
			format.WriteString(strings.ReplaceAll(p.text, "%", "%%"))
			continue
		}
		format.WriteString(verb)
		args = append(args, p.expr)
	}
	return "fmt.Sprintf(" + strings.Join(append([]string{strconv.Quote(format.String())}, args...), ", ") + ")"
}

// source renders the case's file.
func (c *propCase) source() string {
	imports := map[string]bool{"net/http": true}
	var body []string
	add := func(format string, args ...any) { body = append(body, fmt.Sprintf(format, args...)) }
	c.scope("", "", "")
	if c.keyKind == keyLocal && !c.buildsInHelper() {
		add(`k := key + "-l"`)
	}
	if c.flow == flowUnrelated {
		add("if r, err := http.Get(%q); err == nil {\n\t\tr.Body.Close()\n\t}", propMetrics)
	}
	if c.hasClient() {
		imports[c.pkg()+"/client"] = true
	}

	// The URL expression, with the statements that build it.
	var urlExpr string
	if c.recv && c.flow == flowChain {
		add("s := &svc%03d{hc: c, key: %s}", c.id, c.keyExpr())
		add("return s.messages%03d(cfg)", c.id)
		return c.render(imports, body)
	}
	if c.recv {
		add("a := &api%03d{key: %s}", c.id, c.keyExpr())
	}
	switch c.flow {
	case flowImporter:
		// The site of the imported package, then one of this package that
		// whispirlint declines (the key is computed); it never runs.
		add("if err := %s(c, cfg.Page, %s); err != nil {\n\t\treturn err\n\t}", c.helperRef("send"), c.keyExpr())
		add("if cfg.Page == \"never\" {\n\t\treturn declined%03d(key)\n\t}", c.id)
		add("return nil")
		return c.render(imports, body)
	case flowRetURL, flowCondURL:
		if c.retSingle() {
			tail := ""
			if c.appendQ {
				tail = fmt.Sprintf(" + %q", "&"+propTrace)
			}
			add("u := %s(%s)%s", c.helperRef("url"), c.helperArgs(), tail)
		} else {
			add("u, err := %s(%s)", c.helperRef("url"), c.helperArgs())
			add("if err != nil {\n\t\treturn err\n\t}")
		}
		urlExpr = "u"
	case flowRetReq:
		add("req, err := %s(%s)", c.helperRef("req"), c.helperArgs())
		add("if err != nil {\n\t\treturn err\n\t}")
		sender := "http.DefaultClient"
		if c.client {
			sender = "c"
		}
		if c.newHdr {
			add("%s", propNewHeader)
		}
		add("resp, err := %s.Do(req)", sender)
		add("if err != nil {\n\t\treturn err\n\t}")
		add("return resp.Body.Close()")
		return c.render(imports, body)
	default:
		urlExpr = c.buildURL(add, imports)
	}
	if (c.urlVar || c.flow == flowClosure) && (c.builder == buildConcat || c.builder == buildSprintf || c.builder == buildValues) && c.flow != flowRetURL && c.flow != flowCondURL {
		add("target := %s", urlExpr)
		urlExpr = "target"
	}
	switch c.flow {
	case flowHelper:
		add("return sendVia(c, %s)", urlExpr)
		return c.render(imports, body)
	case flowSender:
		add("return %s(c, %s, %s)", c.sender(), urlExpr, c.keyExpr())
		return c.render(imports, body)
	case flowPkgSender:
		add("return %s(c, %s, %s)", c.helperRef("send"), urlExpr, c.keyExpr())
		return c.render(imports, body)
	case flowChain:
		hop := c.hopName(0)
		if c.twice {
			add("if err := %s(c, %q, %s); err != nil {\n\t\treturn err\n\t}", hop, propMetrics, c.keyExpr())
		}
		add("return %s(c, %s, %s)", hop, urlExpr, c.keyExpr())
		return c.render(imports, body)
	case flowClosure:
		add("send := func() error {\n\t\treturn closeBody(http.Get(%s))\n\t}", urlExpr)
		add("return send()")
		return c.render(imports, body)
	}
	if c.appendQ && c.flow == flowPlain {
		urlExpr += fmt.Sprintf(" + %q", "&"+propTrace)
	}
	c.send(add, imports, urlExpr)
	return c.render(imports, body)
}

// hopName names the i-th sending helper of a flowChain case.
func (c *propCase) hopName(i int) string {
	return fmt.Sprintf("%s%03d", []string{"get", "call", "do"}[i], c.id)
}

// chainDecls renders the sending helpers of a flowChain case, and for a
// case with recv the struct and the method that builds the URL.
func (c *propCase) chainDecls(imports map[string]bool) string {
	var b strings.Builder
	fn := func(sig string, body []string) {
		fmt.Fprintf(&b, "\nfunc %s {\n", sig)
		for _, l := range body {
			fmt.Fprintf(&b, "\t%s\n", l)
		}
		b.WriteString("}\n")
	}
	recvSig, params, args, client := "", "c *http.Client, u, key string", "c, u, key", "c"
	if c.recv {
		recvSig, params, args, client = fmt.Sprintf("(s *svc%03d) ", c.id), "u string", "u", "s.hc"
		fmt.Fprintf(&b, "\n// svc%03d sends %s's requests with its key.\ntype svc%03d struct {\n\thc  *http.Client\n\tkey string\n}\n", c.id, c.name(), c.id)
		var body []string
		add := func(format string, args ...any) { body = append(body, fmt.Sprintf(format, args...)) }
		c.scope("s.key", "", "")
		urlExpr := c.buildURL(add, imports)
		c.scope("", "", "")
		if c.urlVar && (c.builder == buildConcat || c.builder == buildSprintf || c.builder == buildValues) {
			add("target := %s", urlExpr)
			urlExpr = "target"
		}
		if c.twice {
			add("if err := s.%s(%q); err != nil {\n\t\treturn err\n\t}", c.hopName(0), propMetrics)
		}
		add("return s.%s(%s)", c.hopName(0), urlExpr)
		fn(fmt.Sprintf("(s *svc%03d) messages%03d(cfg *Config) error", c.id, c.id), body)
	}
	for i := range c.hops {
		sig := fmt.Sprintf("%s%s(%s) error", recvSig, c.hopName(i), params)
		u := "u"
		if i == 0 && c.appendQ {
			// The first helper adds a parameter of its own.
			u = fmt.Sprintf("u + %q", "&"+propTrace)
		}
		if i < c.hops-1 {
			call := c.hopName(i + 1)
			if c.recv {
				call = "s." + call
			}
			fn(sig, []string{fmt.Sprintf("return %s(%s)", call, strings.Replace(args, "u", u, 1))})
			continue
		}
		var body []string
		if c.ctor == ctorNewRequest {
			body = append(body, fmt.Sprintf("req, err := http.NewRequest(%q, %s, nil)", c.method, u))
		} else {
			imports["context"] = true
			body = append(body, fmt.Sprintf("req, err := http.NewRequestWithContext(context.Background(), %q, %s, nil)", c.method, u))
		}
		body = append(body, "if err != nil {\n\t\treturn err\n\t}")
		if c.newHdr {
			body = append(body, propNewHeader)
		}
		body = append(body, fmt.Sprintf("resp, err := %s.Do(req)", client))
		if c.retry {
			body = append(body, fmt.Sprintf("if err != nil {\n\t\tresp, err = %s.Do(req)\n\t}", client))
		}
		body = append(body, "if err != nil {\n\t\treturn err\n\t}", "return resp.Body.Close()")
		fn(sig, body)
	}
	return b.String()
}

// scope sets the key and page expressions and the error return the URL is
// rendered with ("" for the case's function), and the name of its base.
func (c *propCase) scope(kx, px, er string) {
	c.kx, c.px, c.er, c.baseRef = kx, px, er, ""
	if !c.inter() || (c.base != baseConst && c.base != baseVar) {
		return
	}
	c.baseRef = fmt.Sprintf("base%03d", c.id)
	if c.flow == flowPkgBase {
		c.baseRef = fmt.Sprintf("client.Base%03d", c.id)
	}
}

// buildsInHelper reports whether the case's URL is built by a helper of its
// own file, which then computes the key from cfg and key itself.
func (c *propCase) buildsInHelper() bool {
	return (c.flow == flowRetURL || c.flow == flowRetReq || c.flow == flowCondURL) && !c.remote && !c.recv
}

// retSingle reports whether the URL helper returns the URL alone, in its
// only return statement (the shape whispirlint's URL helpers have); one that
// parses the URL returns an error too.
func (c *propCase) retSingle() bool { return c.flow == flowCondURL || c.builder != buildQuerySet }

// helperArgs are the arguments the case passes to its URL or request
// helper: a helper of the same file takes cfg and key, a remote one the
// page and the key expression.
func (c *propCase) helperArgs() string {
	switch {
	case c.recv:
		return "cfg"
	case !c.remote:
		return "cfg, key"
	case c.flow == flowCondURL:
		return "cfg.Page, " + c.keyExpr() + ", !cfg.NoKey"
	}
	return "cfg.Page, " + c.keyExpr()
}

// condArg is the argument of a helper that adds the key under a condition.
func (c *propCase) condArg() string {
	if c.cond {
		return ", !cfg.NoKey"
	}
	return ""
}

// buildURL adds the statements that build the URL and returns its expression.
func (c *propCase) buildURL(add func(string, ...any), imports map[string]bool) string {
	var urlExpr string
	switch c.builder {
	case buildConcat:
		urlExpr = concat(c.pieces(true))
	case buildSprintf:
		imports["fmt"] = true
		urlExpr = sprintf(c.pieces(true), c.verb)
	case buildQuerySet:
		imports["net/url"] = true
		add("u, err := url.Parse(%s)", concat(c.pieces(false)))
		add("if err != nil {\n\t\t%s\n\t}", c.errRet())
		add("q := u.Query()")
		method := "Set"
		if c.add {
			method = "Add"
		}
		for _, p := range c.params {
			switch {
			case p.key && c.flow == flowCondKey:
				add("if !cfg.NoKey {\n\t\tq.%s(%q, %s)\n\t}", method, p.name, c.valueExpr(p))
				continue
			case p.key && c.flow == flowKeyHelper:
				add("%s(q, %s%s)", c.helperRef("withKey"), c.kExpr(), c.condArg())
				continue
			}
			add("q.%s(%q, %s)", method, p.name, c.valueExpr(p))
		}
		add("u.RawQuery = q.Encode()")
		urlExpr = "u.String()"
	case buildValues:
		if c.flow == flowValuesHelper {
			call := fmt.Sprintf("%s(%s, %s%s)", c.helperRef("query"), c.pExpr(), c.kExpr(), c.condArg())
			if c.assignRQ {
				imports["net/url"] = true
				add("u, err := url.Parse(%s)", concat(c.pieces(false)))
				add("if err != nil {\n\t\t%s\n\t}", c.errRet())
				add("u.RawQuery = %s.Encode()", call)
				return "u.String()"
			}
			add("v := %s", call)
			return concat(append(c.pieces(false), piece{text: "?"}, piece{expr: "v.Encode()"}))
		}
		imports["net/url"] = true
		var elts []string
		for _, p := range c.params {
			v := "{" + c.valueExpr(p) + "}"
			if p.key && c.multi {
				v = "[]string" + v
			}
			elts = append(elts, fmt.Sprintf("%q: %s", p.name, v))
		}
		if c.multi {
			add("v := url.Values{\n\t\t%s,\n\t}", strings.Join(elts, ",\n\t\t"))
		} else {
			add("v := url.Values{%s}", strings.Join(elts, ", "))
		}
		urlExpr = concat(append(c.pieces(false), piece{text: "?"}, piece{expr: "v.Encode()"}))
	case buildURLStruct:
		imports["net/url"] = true
		qs := c.queryPieces("")
		fields := fmt.Sprintf("Scheme: %q, Host: %q", c.scheme, c.host)
		if c.path != "" {
			fields += fmt.Sprintf(", Path: %q", c.path)
		}
		if c.assignRQ {
			add("u := url.URL{%s}", fields)
			add("u.RawQuery = %s", concat(qs))
		} else {
			add("u := url.URL{%s, RawQuery: %s}", fields, concat(qs))
		}
		urlExpr = "u.String()"
	}
	return urlExpr
}

// send adds the statements that build and send the request to urlExpr and
// return the error.
func (c *propCase) send(add func(string, ...any), imports map[string]bool, urlExpr string) {
	pkgOrClient := "http"
	if c.client {
		pkgOrClient = "c"
	}
	switch c.ctor {
	case ctorNewRequest, ctorNewRequestCtx:
		if c.ctor == ctorNewRequest {
			add("req, err := http.NewRequest(%q, %s, nil)", c.method, urlExpr)
		} else {
			imports["context"] = true
			add("req, err := http.NewRequestWithContext(context.Background(), %q, %s, nil)", c.method, urlExpr)
		}
		add("if err != nil {\n\t\treturn err\n\t}")
		sender := "http.DefaultClient"
		if c.client {
			sender = "c"
		}
		switch c.flow {
		case flowReassigned:
			add("if cfg.Page == \"never\" {\n\t\treq, err = http.NewRequest(\"GET\", %q, nil)\n\t}", "https://mirror.example.com/x")
			add("resp, err := %s.Do(req)", sender)
		case flowWithContext:
			imports["context"] = true
			add("resp, err := %s.Do(req.WithContext(context.Background()))", sender)
			add("_ = req.Method")
		case flowRetry:
			add("resp, err := %s.Do(req)", sender)
			add("if err != nil {\n\t\tresp, err = %s.Do(req)\n\t}", sender)
		default:
			add("resp, err := %s.Do(req)", sender)
		}
	default:
		var call string
		switch c.ctor {
		case ctorGet, ctorHead:
			call = fmt.Sprintf("%s.%s(%s)", pkgOrClient, map[propCtor]string{ctorGet: "Get", ctorHead: "Head"}[c.ctor], urlExpr)
		case ctorPost:
			call = fmt.Sprintf("%s.Post(%s, \"application/json\", strings.NewReader(`{}`))", pkgOrClient, urlExpr)
		case ctorPostForm:
			imports["net/url"] = true
			call = fmt.Sprintf("%s.PostForm(%s, url.Values{\"to\": {\"1\"}})", pkgOrClient, urlExpr)
		}
		// The shortcut's rewrite must work in any expression context.
		switch c.callCtx {
		case 1:
			add("return closeBody(%s)", call)
			return
		case 2:
			add("if resp, err := %s; err != nil {\n\t\treturn err\n\t} else {\n\t\treturn resp.Body.Close()\n\t}", call)
			return
		}
		add("resp, err := %s", call)
	}
	add("if err != nil {\n\t\treturn err\n\t}")
	add("return resp.Body.Close()")
}

// helperDecls renders the declarations of the case's own helpers and base
// name that belong in package client (remote) or in the case's file.
func (c *propCase) helperDecls(remote bool, imports map[string]bool) string {
	var b strings.Builder
	baseInClient := c.flow == flowPkgBase || (c.remote && (c.flow == flowRetURL || c.flow == flowRetReq || c.flow == flowCondURL || c.flow == flowImporter))
	if c.inter() && c.builder != buildURLStruct && (c.base == baseConst || c.base == baseVar) && remote == baseInClient {
		kw := map[propBase]string{baseConst: "const", baseVar: "var"}[c.base]
		name := fmt.Sprintf("base%03d", c.id)
		if c.flow == flowPkgBase {
			name = fmt.Sprintf("Base%03d", c.id)
		}
		fmt.Fprintf(&b, "\n%s %s = %q\n", kw, name, c.scheme+"://"+c.host)
	}
	if remote != (c.remote || c.flow == flowPkgSender) {
		return b.String()
	}
	var body []string
	add := func(format string, args ...any) { body = append(body, fmt.Sprintf(format, args...)) }
	method := "Set"
	if c.add {
		method = "Add"
	}
	keyName := ""
	for _, p := range c.params {
		if p.key {
			keyName = p.name
		}
	}
	cond := ""
	if c.cond {
		cond = ", on bool"
	}
	var sig string
	if c.flow == flowRetReq || c.flow == flowPkgSender {
		imports["net/http"] = true
	}
	switch c.flow {
	case flowRetURL, flowRetReq:
		er := `return "", err`
		ret := "(string, error)"
		if c.flow == flowRetURL && c.retSingle() {
			ret = "string"
		}
		if c.flow == flowRetReq {
			er, ret = "return nil, err", "(*http.Request, error)"
		}
		stem := map[propFlow]string{flowRetURL: "url", flowRetReq: "req"}[c.flow]
		sig = fmt.Sprintf("%s(cfg *Config, key string) %s", c.helperName(stem), ret)
		switch {
		case remote:
			sig = fmt.Sprintf("%s(page, key string) %s", c.helperName(stem), ret)
			c.scope("key", "page", er)
		case c.recv:
			fmt.Fprintf(&b, "\n// api%03d holds the key of %s's requests.\ntype api%03d struct {\n\tkey string\n}\n", c.id, c.name(), c.id)
			sig = fmt.Sprintf("(a *api%03d) %s(cfg *Config) %s", c.id, stem, ret)
			c.scope("a.key", "", er)
		default:
			c.scope("", "", er)
			if c.keyKind == keyLocal {
				add(`k := key + "-l"`)
			}
		}
		urlExpr := c.buildURL(add, imports)
		c.scope("", "", "")
		if c.flow == flowRetURL {
			if c.retSingle() {
				add("return %s", urlExpr)
			} else {
				add("return %s, nil", urlExpr)
			}
			break
		}
		if c.ctor == ctorNewRequest {
			add("req, err := http.NewRequest(%q, %s, nil)", c.method, urlExpr)
		} else {
			imports["context"] = true
			add("req, err := http.NewRequestWithContext(context.Background(), %q, %s, nil)", c.method, urlExpr)
		}
		add("if err != nil {\n\t\treturn nil, err\n\t}")
		add("return req, nil")
	case flowChain:
		return b.String() + c.chainDecls(imports)
	case flowImporter:
		imports["net/http"] = true
		sig = c.helperName("send") + "(c *http.Client, page, key string) error"
		c.scope("key", "page", "")
		urlExpr := c.buildURL(add, imports)
		if c.urlVar && (c.builder == buildConcat || c.builder == buildSprintf || c.builder == buildValues) {
			add("target := %s", urlExpr)
			urlExpr = "target"
		}
		c.send(add, imports, urlExpr)
		c.scope("", "", "")
		if c.ctor == ctorPost {
			imports["strings"] = true
		}
		b.WriteString("\nfunc closeBody(resp *http.Response, err error) error {\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn resp.Body.Close()\n}\n")
	case flowCondURL:
		// The URL without the key, then the key appended under the flag.
		on := "!cfg.NoKey"
		sig = c.helperName("url") + "(cfg *Config, key string) string"
		if remote {
			on, sig = "on", c.helperName("url")+"(page, key string, on bool) string"
			c.scope("key", "page", "")
		} else if c.keyKind == keyLocal {
			add(`k := key + "-l"`)
		}
		rest, key := c.params[:len(c.params)-1], c.params[len(c.params)-1:]
		first := "&"
		if len(rest) == 0 {
			first = "?"
		}
		add("u := %s", concat(append(c.pieces(false), c.queryPiecesOf(rest, "?")...)))
		add("if %s {\n\t\tu += %s\n\t}", on, concat(c.queryPiecesOf(key, first)))
		add("return u")
		c.scope("", "", "")
	case flowPkgSender:
		sig = c.helperName("send") + "(c *http.Client, u, key string) error"
		add("req, err := http.NewRequest(%q, u, nil)", c.method)
		add("if err != nil {\n\t\treturn err\n\t}")
		add("resp, err := c.Do(req)")
		add("if err != nil {\n\t\treturn err\n\t}")
		add("return resp.Body.Close()")
	case flowKeyHelper:
		imports["net/url"] = true
		sig = fmt.Sprintf("%s(q url.Values, key string%s)", c.helperName("withKey"), cond)
		if c.cond {
			add("if on {\n\t\tq.%s(%q, key)\n\t}", method, keyName)
		} else {
			add("q.%s(%q, key)", method, keyName)
		}
	case flowValuesHelper:
		imports["net/url"] = true
		sig = fmt.Sprintf("%s(page, key string%s) url.Values", c.helperName("query"), cond)
		add("q := url.Values{}")
		for _, p := range c.params {
			v := strconv.Quote(p.value)
			switch {
			case p.key && c.cond:
				add("if on {\n\t\tq.%s(%q, key)\n\t}", method, p.name)
				continue
			case p.key:
				v = "key"
			case p.dyn:
				v = "page"
			}
			add("q.%s(%q, %s)", method, p.name, v)
		}
		add("return q")
	default:
		return b.String()
	}
	fmt.Fprintf(&b, "\nfunc %s {\n", sig)
	for _, l := range body {
		fmt.Fprintf(&b, "\t%s\n", l)
	}
	b.WriteString("}\n")
	return b.String()
}

// clientSource renders the case's file in package client, or "".
func (c *propCase) clientSource() string {
	if !c.hasClient() {
		return ""
	}
	imports := map[string]bool{}
	decls := c.helperDecls(true, imports)
	var b strings.Builder
	fmt.Fprintf(&b, "package client\n\n")
	if len(imports) > 0 {
		fmt.Fprintf(&b, "import (\n")
		for _, imp := range slices.Sorted(maps.Keys(imports)) {
			fmt.Fprintf(&b, "\t%q\n", imp)
		}
		fmt.Fprintf(&b, ")\n")
	}
	fmt.Fprintf(&b, "\n// %s's part of %s: %s\n%s", c.file(), c.name(), c.describe(), decls)
	out, err := format.Source([]byte(b.String()))
	if err != nil {
		panic(fmt.Sprintf("generated client/%s does not parse: %v\n%s", c.file(), err, b.String()))
	}
	return string(out)
}

// render writes the case's file from its imports and body lines.
func (c *propCase) render(imports map[string]bool, body []string) string {
	if c.usesStrings() {
		imports["strings"] = true
	}
	decls := c.helperDecls(false, imports)
	if c.inter() {
		// The package's own copies of the shared declarations.
		decls += propConfig
		decls += fmt.Sprintf("\nconst keyConst = %q\n", propConstKey)
		decls += "\nfunc closeBody(resp *http.Response, err error) error {\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn resp.Body.Close()\n}\n"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "package %s\n\nimport (\n", path.Base(c.pkg()))
	for _, imp := range slices.Sorted(maps.Keys(imports)) {
		fmt.Fprintf(&b, "\t%q\n", imp)
	}
	fmt.Fprintf(&b, ")\n\n")
	if c.strings && !c.postsHere() {
		fmt.Fprintf(&b, "var _ = strings.TrimSpace\n\n")
	}
	fmt.Fprintf(&b, "// %s: %s\nfunc %s(c *http.Client, cfg *Config, key string) error {\n", c.name(), c.describe(), c.name())
	for _, l := range body {
		fmt.Fprintf(&b, "\t%s\n", l)
	}
	fmt.Fprintf(&b, "}\n%s", decls)
	if c.flow == flowSender {
		fmt.Fprintf(&b, "\n// %s builds and sends the request of %s.\nfunc %s(c *http.Client, u, key string) error {\n"+
			"\treq, err := http.NewRequest(%q, u, nil)\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn closeBody(c.Do(req))\n}\n",
			c.sender(), c.name(), c.sender(), c.method)
	}
	out, err := format.Source([]byte(b.String()))
	if err != nil {
		panic(fmt.Sprintf("generated %s does not parse: %v\n%s", c.file(), err, b.String()))
	}
	return string(out)
}

// valueExpr is the Go expression of a parameter's value in net/url calls.
func (c *propCase) valueExpr(p propParam) string {
	switch {
	case p.key:
		return c.kExpr()
	case p.dyn:
		return c.pExpr()
	}
	return strconv.Quote(p.value)
}

// kExpr, pExpr and errRet are the key, the page and the error return of
// the scope the URL is rendered in.
func (c *propCase) kExpr() string {
	if c.kx != "" {
		return c.kx
	}
	return c.keyExpr()
}

func (c *propCase) pExpr() string {
	if c.px != "" {
		return c.px
	}
	return "cfg.Page"
}

func (c *propCase) errRet() string {
	if c.er != "" {
		return c.er
	}
	return "return err"
}

func (c *propCase) describe() string {
	return fmt.Sprintf("builder=%d ctor=%d client=%v urlVar=%v base=%d key=%d host=%s scheme=%s flow=%d",
		c.builder, c.ctor, c.client, c.urlVar, c.base, c.keyKind, c.host, c.scheme, c.flow)
}

// An unrelated host some cases also call: it must never get the key.
const (
	propMetricsHost = "metrics.example.com"
	propMetrics     = "https://" + propMetricsHost + "/ping"
)

// propConfig declares the type the cases read their key and parameters from.
const propConfig = `
// Config is what the cases read their key and a parameter from.
type Config struct {
	Key   string
	Page  string
	NoKey bool // the cases that add the key under a condition leave it out
}
`

// consts renders the package's shared declarations.
func propShared(cases []*propCase) string {
	var b strings.Builder
	b.WriteString("package prop\n\nimport \"net/http\"\n" + propConfig + "\n")
	fmt.Fprintf(&b, "const keyConst = %q\n", propConstKey)
	b.WriteString("\nfunc closeBody(resp *http.Response, err error) error {\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn resp.Body.Close()\n}\n")
	b.WriteString("\n// sendVia sends u on its own: a helper the URL escapes to.\nfunc sendVia(c *http.Client, u string) error {\n\treturn closeBody(c.Get(u))\n}\n")
	consts, vars := make(map[string]string), make(map[string]string)
	for _, c := range cases {
		if c.inter() {
			continue // declared in the case's own files
		}
		switch c.base {
		case baseConst:
			consts[c.baseConstName()] = c.scheme + "://" + c.host
		case baseVar:
			vars[c.baseVarName()] = c.scheme + "://" + c.host
		}
	}
	for _, name := range slices.Sorted(maps.Keys(consts)) {
		fmt.Fprintf(&b, "\nconst %s = %q\n", name, consts[name])
	}
	for _, name := range slices.Sorted(maps.Keys(vars)) {
		fmt.Fprintf(&b, "\nvar %s = %q\n", name, vars[name])
	}
	return b.String()
}

// splitKeyName renders q as a Go expression that splits every spelling of
// the key parameter over two literals ("api" + "key=k"): the expectations
// in the generated test must not read to whispirlint as a key parameter
// the test file uses (a stray, which would hold the package's fixes).
func splitKeyName(q string) string {
	var parts []string
	for {
		i := strings.Index(strings.ToLower(q), "apikey")
		if i < 0 {
			break
		}
		parts = append(parts, strconv.Quote(q[:i+3]))
		q = q[i+3:]
	}
	return strings.Join(append(parts, strconv.Quote(q)), " + ")
}

// masked hides a host from whispirlint in the generated test's table.
func masked(host string) string { return strings.ReplaceAll(host, ".", "#") }

// propTest renders the module's test: one expectation per case.
func propTest(cases []*propCase) string {
	var b strings.Builder
	// An external test: it imports the cases' own packages, which import
	// package prop.
	b.WriteString(`package prop_test

import (
	"io"
	"net/http"
	"os"
	"strings"
	"testing"

	"example.com/prop"
`)
	for _, c := range cases {
		if c.inter() {
			fmt.Fprintf(&b, "\t%q\n", c.pkg())
		}
	}
	b.WriteString(`)

type want struct {
	name                          string
	call                          func(*http.Client, *prop.Config, string) error
	method, scheme, host, path    string
	legacyHost, legacyScheme      string
	legacyQuery, migratedQuery    string
	key, contentType, body        string
	byHand, cond                  bool
}

var cases = []want{
`)
	for _, c := range cases {
		legacyQ, migratedQ := c.queries()
		scheme, host := c.scheme, c.host
		if c.legacyHost() {
			scheme, host = "https", "api.au.whispir.com"
		}
		ct, body := "", ""
		switch c.ctor {
		case ctorPost:
			ct, body = "application/json", "{}"
		case ctorPostForm:
			ct, body = "application/x-www-form-urlencoded", "to=1"
		}
		fmt.Fprintf(&b, "\t{name: %q, call: %s, method: %q, scheme: %q, host: %q, path: %q, legacyHost: %q, legacyScheme: %q, legacyQuery: %s, migratedQuery: %q, key: %q, contentType: %q, body: %q, byHand: %v, cond: %v},\n",
			c.name(), c.ref(), c.method, scheme, host, c.path, masked(c.host), c.scheme, splitKeyName(legacyQ), migratedQ, c.keyValue(), ct, body, c.byHand() != "", c.cond)
	}
	b.WriteString(`}

// recorder keeps every request: each one to Whispir must be right.
type recorder struct{ reqs []*http.Request; bodies []string; others []*http.Request }

func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Host == "` + propMetricsHost + `" {
		r.others = append(r.others, req)
		return &http.Response{StatusCode: 200, Body: io.NopCloser(strings.NewReader("")), Request: req}, nil
	}
	body := ""
	if req.Body != nil {
		b, _ := io.ReadAll(req.Body)
		body = string(b)
	}
	r.reqs, r.bodies = append(r.reqs, req), append(r.bodies, body)
	return &http.Response{StatusCode: 200, Body: io.NopCloser(strings.NewReader("")), Request: req}, nil
}

// TestCases calls every case. PROP_EXPECT=legacy expects the unmigrated
// requests, PROP_EXPECT=migrated the migrated ones.
func TestCases(t *testing.T) {
	mode := os.Getenv("PROP_EXPECT")
	if mode != "legacy" && mode != "migrated" {
		t.Fatalf("PROP_EXPECT=%q, want legacy or migrated", mode)
	}
	unchanged := make(map[string]bool)
	for _, name := range strings.Split(os.Getenv("PROP_UNCHANGED"), ",") {
		unchanged[name] = true
	}
	rec := new(recorder)
	http.DefaultTransport = rec
	client := &http.Client{Transport: rec}
	for _, w := range cases {
		check(t, rec, client, w, mode == "legacy" || w.byHand || unchanged[w.name], false)
		if w.cond {
			// The flag is off: no key in the query, none in the header.
			check(t, rec, client, w, mode == "legacy" || w.byHand || unchanged[w.name], true)
		}
	}
}

// check calls the case once and checks its request: the legacy one, or
// the migrated one; with noKey, the request of a case that adds the key
// under a condition, with the condition off.
func check(t *testing.T, rec *recorder, client *http.Client, w want, legacy, noKey bool) {
	t.Helper()
	rec.reqs, rec.bodies, rec.others = nil, nil, nil
	name := w.name
	if noKey {
		name += " (NoKey)"
	}
	if err := w.call(client, &prop.Config{Key: "` + propFieldKey + `", Page: "` + propPage + `", NoKey: noKey}, "` + propParamKey + `"); err != nil {
		t.Errorf("PROPFAIL %s: error %v", name, err)
		return
	}
	for _, o := range rec.others {
		if o.Header.Get("X-Api-Key") != "" {
			t.Errorf("PROPFAIL %s: the key was sent to %s", name, o.URL)
		}
	}
	if len(rec.reqs) == 0 {
		t.Errorf("PROPFAIL %s: no request", name)
		return
	}
	for i, r := range rec.reqs {
		checkReq(t, name, w, r, rec.bodies[i], legacy, noKey)
	}
}

// checkReq checks one request of the case to Whispir.
func checkReq(t *testing.T, name string, w want, r *http.Request, body string, legacy, noKey bool) {
	t.Helper()
	fail := func(what string, got, want any) { t.Errorf("PROPFAIL %s: %s = %q, want %q (URL %s)", name, what, got, want, r.URL) }
	// The retired hosts are masked so that whispirlint leaves the
	// expectations alone.
	legacyHost := strings.ReplaceAll(w.legacyHost, "#", ".")
	scheme, host, query, key := w.scheme, w.host, w.migratedQuery, w.key
	if legacy {
		scheme, host, query, key = w.legacyScheme, legacyHost, w.legacyQuery, ""
	}
	if noKey {
		query, key = w.migratedQuery, ""
	}
	if r.URL.Scheme != scheme {
		fail("scheme", r.URL.Scheme, scheme)
	}
	if r.URL.Host != host {
		fail("host", r.URL.Host, host)
	}
	if r.URL.Path != w.path {
		fail("path", r.URL.Path, w.path)
	}
	if r.URL.RawQuery != query {
		fail("query", r.URL.RawQuery, query)
	}
	if r.Method != w.method {
		fail("method", r.Method, w.method)
	}
	if got := r.Header.Get("X-Api-Key"); got != key {
		fail("x-api-key", got, key)
	}
	if got := r.Header.Get("Content-Type"); got != w.contentType {
		fail("Content-Type", got, w.contentType)
	}
	if body != w.body {
		fail("body", body, w.body)
	}
}
`)
	out, err := format.Source([]byte(b.String()))
	if err != nil {
		panic(fmt.Sprintf("generated cases_test.go does not parse: %v", err))
	}
	return string(out)
}

// TestPropertyFix generates the cases, migrates them and checks every
// request. On a failure it prints each failing case's source before and
// after the fix. Other seeds and sizes:
//
//	go test ./e2e -run TestPropertyFix -args -prop.seed=7 -prop.n=1000
//
// PROP_KEEP=1 keeps a copy of the generated module in $TMPDIR/whispirlint-prop.
func TestPropertyFix(t *testing.T) {
	skipShort(t)
	rng := rand.New(rand.NewPCG(*propSeed, 0))
	cases := make([]*propCase, *propCases)
	for i := range cases {
		cases[i] = genCase(rng, i)
	}
	orig := filepath.Join(t.TempDir(), "prop")
	if err := os.MkdirAll(orig, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(orig, "go.mod"), "module example.com/prop\n\ngo 1.24\n")
	writeFile(t, filepath.Join(orig, "shared.go"), propShared(cases))
	writeFile(t, filepath.Join(orig, "cases_test.go"), propTest(cases))
	byName := make(map[string]*propCase)
	for _, c := range cases {
		for _, rel := range c.files() {
			if err := os.MkdirAll(filepath.Dir(filepath.Join(orig, rel)), 0o755); err != nil {
				t.Fatal(err)
			}
			writeFile(t, filepath.Join(orig, rel), c.sourceOf(rel))
		}
		if src := c.declinedSource(); src != "" {
			writeFile(t, filepath.Join(orig, c.dir(), "declined.go"), src)
		}
		byName[c.name()] = c
	}
	t.Logf("seed %d: %d cases in %s", *propSeed, len(cases), orig)
	if os.Getenv("PROP_KEEP") != "" {
		// For debugging: keep the unmigrated module where it can be found.
		keep := filepath.Join(os.TempDir(), "whispirlint-prop")
		t.Logf("PROP_KEEP: copy of the generated module in %s", keep)
		os.RemoveAll(keep)
		if err := copyTree(orig, keep); err != nil {
			t.Fatal(err)
		}
	}

	dir := filepath.Join(t.TempDir(), "prop")
	if err := copyTree(orig, dir); err != nil {
		t.Fatal(err)
	}
	// showCases fails the test with the cases an output names; report
	// (t.Errorf) lets it go on to the findings, t.Fatalf stops it.
	showCases := func(r result, header string, report ...func(string, ...any)) {
		t.Helper()
		fail := t.Fatalf
		if len(report) > 0 {
			fail = report[0]
		}
		names := failingCases(r.output(), byName)
		if len(names) == 0 {
			t.Fatalf("%s\n%s", header, r)
		}
		var b strings.Builder
		perFlow := make(map[string]int)
		for _, n := range names {
			c := byName[n]
			perFlow[propFlowNames[c.flow]]++
			fmt.Fprintf(&b, "=== %s (%s)\n%s", n, c.describe(), c.beforeAfter(dir))
		}
		fail("%s (seed %d): %d failing cases, by flow %v\n%s\n%s", header, *propSeed, len(names), perFlow, r, b.String())
	}

	// The generator's expectations hold for the legacy module.
	env := func(mode string) []string { return []string{"PROP_EXPECT=" + mode} }
	if r := runCmd(t, dir, env("legacy"), defaultTimeout, "go", "test", "-count=1", "./..."); r.err != nil {
		showCases(r, "the generated module fails before the fix (a generator bug)")
	}

	// Exit 3: the cases made for a change by hand are left.
	if r := runCmd(t, dir, nil, defaultTimeout, toolBin, "-region="+region, "-fix", "./..."); r.code != 0 && r.code != 3 {
		// Have: "applied N of M fixes": the cases whose findings are
		// left, other than those fixed by hand, hold the conflicting fixes.
		left := runCmd(t, dir, nil, defaultTimeout, toolBin, "-region="+region, "-json", "./...")
		for file := range whispirFindings(t, left.stdout) {
			for _, n := range failingCases(file, byName) {
				if byName[n].byHand() == "" {
					r.stderr += "left after -fix: " + n + "\n"
				}
			}
		}
		showCases(r, "whispirlint -fix failed")
	}
	once := treeDigest(t, dir)
	for _, args := range [][]string{{"vet", "./..."}, {"build", "./..."}} {
		if r := runCmd(t, dir, nil, defaultTimeout, "go", args...); r.err != nil {
			showCases(r, "the fixed module does not go "+args[0])
		}
	}
	if r := mustRun(t, dir, nil, gofmtBin, "-l", "."); r.stdout != "" {
		showCases(r, "gofmt -l lists fixed files")
	}
	// A case is migrated right, or left exactly as it was (and reported,
	// checked below): its file tells which.
	// A case with a file in package client is unchanged only when all its
	// files are.
	var unchanged []string
	stats := make(map[propFlow]*[2]int) // migrated, left unchanged
	for _, c := range cases {
		same := true
		for _, rel := range c.files() {
			if fixed, err := os.ReadFile(filepath.Join(dir, rel)); err != nil || string(fixed) != c.sourceOf(rel) {
				same = false
			}
		}
		if stats[c.flow] == nil {
			stats[c.flow] = new([2]int)
		}
		if same {
			unchanged = append(unchanged, c.name())
			stats[c.flow][1]++
		} else {
			stats[c.flow][0]++
		}
	}
	t.Logf("%d of %d cases migrated, %d left unchanged", len(cases)-len(unchanged), len(cases), len(unchanged))
	for _, f := range slices.Sorted(maps.Keys(stats)) {
		t.Logf("flow %-12s migrated %3d, left unchanged %3d", propFlowNames[f], stats[f][0], stats[f][1])
	}
	migratedEnv := append(env("migrated"), "PROP_UNCHANGED="+strings.Join(unchanged, ","))
	if r := runCmd(t, dir, migratedEnv, defaultTimeout, "go", "test", "-count=1", "./..."); r.err != nil {
		// Go on: the findings left are checked too.
		showCases(r, "the migrated module sends wrong requests", t.Errorf)
	}

	// A second -fix changes nothing, and what is left is exactly the cases
	// fixed by hand.
	fixRun(t, dir, nil, "-region="+region, "-fix", "./...")
	if twice := treeDigest(t, dir); !maps.Equal(once, twice) {
		t.Errorf("a second -fix changed the migrated tree:\n%s", treeDiff(t, orig, dir))
	}
	r := mustRun(t, dir, nil, toolBin, "-region="+region, "-json", "./...")
	left := whispirFindings(t, r.stdout)
	// A case's files share its base name (caseNNN.go in both packages), so
	// left holds the findings of all of them.
	for _, c := range cases {
		got, byHand := left[c.file()], slices.Contains(unchanged, c.name())
		if want := c.byHand() != ""; want != byHand && !c.either() {
			t.Errorf("%s: left unchanged = %v, want %v (%s); findings %v\n%s", c.name(), byHand, want, c.byHand(), got, c.beforeAfter(dir))
		}
		switch {
		case byHand && !slices.Contains(got, "WL02"):
			t.Errorf("%s: left unchanged without a WL02 finding, got %v\n%s", c.name(), got, c.beforeAfter(dir))
		case !byHand && len(got) > 0:
			t.Errorf("%s: findings left after -fix: %v\n%s", c.name(), got, c.beforeAfter(dir))
		}
	}
	// shared.go keeps only retired hosts of names that cases left by hand
	// (or that may be) are built from, each reported.
	shared, _ := os.ReadFile(filepath.Join(dir, "shared.go"))
	lines := strings.Split(string(shared), "\n")
	for _, posn := range findingLines(t, r.stdout, "shared.go") {
		if posn < 1 || posn > len(lines) || !strings.Contains(lines[posn-1], "_byhand") && !strings.Contains(lines[posn-1], "_either") {
			t.Errorf("shared.go:%d: a finding left after -fix on a name of cases that were migrated", posn)
		}
	}
}

// beforeAfter shows each of the case's files as generated and as it is in
// dir.
func (c *propCase) beforeAfter(dir string) string {
	var b strings.Builder
	for _, rel := range c.files() {
		fixed, _ := os.ReadFile(filepath.Join(dir, rel))
		fmt.Fprintf(&b, "--- %s generated\n%s--- %s after -fix\n%s", rel, c.sourceOf(rel), rel, fixed)
	}
	return b.String()
}

// findingLines returns the lines of the WL01 and WL02 findings
// whispirlint -json reports in the file with the given base name.
func findingLines(t *testing.T, out, file string) []int {
	t.Helper()
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &tree); err != nil {
		t.Fatalf("whispirlint -json: %v\n%s", err, out)
	}
	var lines []int
	for _, byAnalyzer := range tree {
		for _, raw := range byAnalyzer {
			var diags []struct{ Category, Posn string }
			if json.Unmarshal(raw, &diags) != nil {
				continue
			}
			for _, d := range diags {
				parts := strings.Split(filepath.Base(d.Posn), ":")
				if (d.Category != "WL01" && d.Category != "WL02") || len(parts) < 2 || parts[0] != file {
					continue
				}
				n, _ := strconv.Atoi(parts[1])
				lines = append(lines, n)
			}
		}
	}
	return lines
}

var caseName = regexp.MustCompile(`\b(?:Case|case)(\d{3})\b`)

// failingCases returns the names of the cases an output mentions, by
// function name (PROPFAIL lines) or file name (compiler errors).
func failingCases(out string, known map[string]*propCase) []string {
	seen := make(map[string]bool)
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "[no test files]") {
			continue // go test lists every package of a case
		}
		for _, m := range caseName.FindAllStringSubmatch(line, -1) {
			if n := "Case" + m[1]; known[n] != nil {
				seen[n] = true
			}
		}
	}
	return slices.Sorted(maps.Keys(seen))
}

// whispirFindings maps each file (base name) to the WL01/WL02 rule IDs of
// the findings whispirlint -json reports in it; other rules are not the
// property test's business.
func whispirFindings(t *testing.T, out string) map[string][]string {
	t.Helper()
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &tree); err != nil {
		t.Fatalf("whispirlint -json: %v\n%s", err, out)
	}
	found := make(map[string][]string)
	seen := make(map[string]bool) // a package and its test variant report the same finding
	for _, byAnalyzer := range tree {
		for _, raw := range byAnalyzer {
			var diags []struct {
				Category, Posn, Message string
			}
			if json.Unmarshal(raw, &diags) != nil {
				t.Fatalf("whispirlint -json: unexpected result %s", raw)
			}
			for _, d := range diags {
				if d.Category != "WL01" && d.Category != "WL02" || seen[d.Posn+d.Category] {
					continue
				}
				seen[d.Posn+d.Category] = true
				file, _, _ := strings.Cut(filepath.Base(d.Posn), ":")
				found[file] = append(found[file], d.Category)
			}
		}
	}
	return found
}
