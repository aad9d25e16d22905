package analyzer

// A Rule is one check of the analyzer. Its ID is stable: it starts every
// message, is the diagnostic's Category, and, lower-cased, is the anchor of
// the rule's section in docs/rules.md (DocURL's page).
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

// Rules lists every rule of the analyzer, in ID order. docs/rules.md is
// generated from it (see TestRulesDoc).
var Rules = []Rule{
	ruleLegacyHost,
	ruleKeyInQuery,
	ruleBasicCredentials,
	ruleHardcodedKey,
	ruleInfobipURLCredentials,
	ruleSinchBasicAuth,
	ruleDirective,
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
