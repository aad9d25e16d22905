package analyzer

// A Rule is one check of the analyzer. Its ID is stable: it starts every
// message, is the diagnostic's Category, and, lower-cased, is the anchor of
// the rule's section in the README (DocURL's page).
type Rule struct {
	ID      string // "WL01"
	Name    string // "legacy-host"
	Title   string // one line, for tables and SARIF short descriptions
	Finds   string // what the rule reports
	Fix     string // what its suggested fix does, or "" when it only reports
	Since   string // the version that introduced it
	Before  string // ❌ example
	After   string // ✅ example
	Sources string // the provider facts the rule relies on
}

// Rules lists every rule of the analyzer, in ID order. The README's rules
// table is generated from it (see TestREADMERules).
var Rules = []Rule{
	ruleLegacyHost,
	ruleKeyInQuery,
	ruleBasicCredentials,
	ruleHardcodedKey,
	ruleInfobipURLCredentials,
	ruleSinchBasicAuth,
	ruleDirective,
}

var ruleLegacyHost = Rule{
	ID:    "WL01",
	Name:  "legacy-host",
	Title: "Retired Whispir API host",
	Finds: "String literals and constants that target a retired Whispir host " +
		"(api.whispir.com, api.app.whispir.it, api-sni.whispir.com), in full URLs, " +
		"inside longer strings, or as a bare host.",
	Fix: "With -region: rewrites the host to api.<region>.whispir.com and the scheme to https. " +
		"Without a region there is no fix: the region cannot be derived from the old URL.",
	Since:   "v0.1.0",
	Before:  `const base = "http://api.whispir.com"`,
	After:   `const base = "https://api.au.whispir.com"`,
	Sources: "Whispir: api.whispir.com is sunset; regional hosts api.<region>.whispir.com.",
}

var ruleKeyInQuery = Rule{
	ID:    "WL02",
	Name:  "apikey-in-query",
	Title: "Whispir API key sent in the query string",
	Finds: "URLs to a Whispir host built with an apikey query parameter (any letter case, " +
		"first or later in the query): concatenation, fmt.Sprintf, net/url " +
		"(Query().Set, url.Values, url.URL{RawQuery}), base URLs kept in fields and variables.",
	Fix: "Removes the parameter (the other parameters stay), sets the same key as the " +
		"x-api-key header on the request before it is sent (http.Get and friends become " +
		"NewRequest plus Do), and moves a legacy host to the region's host in the same fix. " +
		"No header is added where the code already sets x-api-key.",
	Since:   "v0.1.0",
	Before:  `http.Get("https://api.whispir.com/messages?apikey=" + key)`,
	After:   `req, err := http.NewRequest(http.MethodGet, "https://api.au.whispir.com/messages", nil)` + "\n" + `req.Header.Set("x-api-key", key)`,
	Sources: "Whispir phase 2: the key is accepted ONLY in the x-api-key header; a missing key gives 403.",
}

// RuleByID returns the rule with the given ID.
func RuleByID(id string) (Rule, bool) {
	for _, r := range Rules {
		if r.ID == id {
			return r, true
		}
	}
	return Rule{}, false
}
