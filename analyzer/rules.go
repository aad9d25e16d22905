package analyzer

import (
	"fmt"
	"strings"
)

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

// LookupRule returns the rule named by s: its ID (WL02) or its name
// (apikey-in-query), in any case.
func LookupRule(s string) (Rule, bool) {
	for _, r := range Rules {
		if strings.EqualFold(s, r.ID) || strings.EqualFold(s, r.Name) {
			return r, true
		}
	}
	return Rule{}, false
}

// ruleIDs returns the IDs of the rules named in list (IDs or names), or
// an error that lists the valid ones.
func ruleIDs(list []string) ([]string, error) {
	var ids []string
	for _, s := range list {
		r, ok := LookupRule(strings.TrimSpace(s))
		if !ok {
			var ids, names []string
			for _, r := range Rules {
				ids, names = append(ids, r.ID), append(names, r.Name)
			}
			return nil, fmt.Errorf("unknown rule %q: valid rules are %s, or their names %s", s, strings.Join(ids, ", "), strings.Join(names, ", "))
		}
		ids = append(ids, r.ID)
	}
	return ids, nil
}
