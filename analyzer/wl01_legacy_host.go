package analyzer

import (
	"go/ast"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/whispirlint/whispirlint/fixer"
)

// WL01 legacy-host: a retired Whispir host in a string literal or constant.
// Its reports are held until the WL02 sites of the package are decided
// (decline.go): a host is not rewritten where a key stays in the query.

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

// reportLegacyLiterals reports WL01 on every literal of s naming a retired
// host, or on the whole expression when only its folded constant value does
// ("https://api." + "whispir.com").
func (p *passState) reportLegacyLiterals(s *urlSite) {
	if p.reportFoldedLegacy(s) {
		return
	}
	for _, lit := range s.lits {
		v, ok := p.stringValue(lit)
		if !ok {
			continue
		}
		host := legacyHostIn(v)
		if host == "" {
			continue
		}
		var fix *analysis.SuggestedFix
		why := p.fixBlockedAt(lit.Pos())
		if p.region == "" {
			why = noRegion
		} else if why == "" && fixer.HasPassword(v) {
			why = userinfoByHand
		}
		if why == "" {
			migrated, _ := fixer.MigrateHosts(v, p.region)
			fix = &analysis.SuggestedFix{
				Message:   "Use the regional host " + fixer.RegionalHost(p.region),
				TextEdits: []analysis.TextEdit{fixer.ReplaceNode(lit, fixer.QuoteLike(lit.Value, migrated))},
			}
			if scheme := p.httpSchemeBeside(lit); scheme != nil {
				https := fixer.ReplaceNode(scheme, fixer.QuoteLike(scheme.Value, "https"))
				if scheme.Pos() < lit.Pos() {
					fix.TextEdits = []analysis.TextEdit{https, fix.TextEdits[0]}
				} else {
					fix.TextEdits = append(fix.TextEdits, https)
				}
			}
		}
		p.queueLegacy(lit, host, why, fix)
	}
}

// httpSchemeBeside returns the "http" Scheme literal of the url.URL literal
// whose Host is lit, which the host's fix turns into "https" as it does for
// a scheme written before the host in one string, or nil.
func (p *passState) httpSchemeBeside(lit *ast.BasicLit) *ast.BasicLit {
	cur, ok := p.cursorOf(lit)
	if !ok {
		return nil
	}
	// Have: url.URL{Scheme: "http", Host: "api.whispir.com", ...}
	kv, ok := cur.Parent().Node().(*ast.KeyValueExpr)
	if !ok || kv.Value != lit || !p.isURLKey(kv, "Host") {
		return nil
	}
	comp, ok := cur.Parent().Parent().Node().(*ast.CompositeLit)
	if !ok {
		return nil
	}
	for _, elt := range comp.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok && p.isURLKey(kv, "Scheme") {
			scheme, ok := kv.Value.(*ast.BasicLit)
			if v, isString := p.stringValue(kv.Value); ok && isString && strings.EqualFold(v, "http") {
				return scheme
			}
		}
	}
	return nil
}

// isURLKey reports whether kv sets the field name of a url.URL.
func (p *passState) isURLKey(kv *ast.KeyValueExpr, name string) bool {
	id, ok := kv.Key.(*ast.Ident)
	return ok && id.Name == name && isURLField(p.pass.TypesInfo.ObjectOf(id))
}

func (p *passState) reportFoldedLegacy(s *urlSite) bool {
	v, ok := p.stringValue(s.node)
	if !ok || len(s.exprs) < 2 {
		return false
	}
	host := legacyHostIn(v)
	if host == "" {
		return false
	}
	for _, part := range s.parts {
		if legacyHostIn(part.Text) != "" {
			return false // reported at the part that holds it
		}
	}
	why := p.fixBlockedAt(s.node.Pos())
	if p.region == "" {
		why = noRegion
	} else if why == "" && fixer.HasPassword(v) {
		why = userinfoByHand
	}
	if why == "" && len(s.lits) != len(s.exprs) {
		why = "the host is split over named constants: join them by hand"
	}
	var fix *analysis.SuggestedFix
	if why == "" {
		migrated, _ := fixer.MigrateHosts(v, p.region)
		fix = &analysis.SuggestedFix{
			Message:   "Use the regional host " + fixer.RegionalHost(p.region),
			TextEdits: []analysis.TextEdit{fixer.ReplaceNode(s.node, strconv.Quote(migrated))},
		}
	}
	p.queueLegacy(s.node, host, why, fix)
	return true
}

// userinfoByHand is why a URL with a password in it gets no fix: a fix
// would copy the password into its text.
const userinfoByHand = "the URL holds a password (see WL11): move the credentials out of it first"

const noRegion = "set -region=REGION or $WHISPIR_REGION to get a fix (the region cannot be derived from the old URL)"

// legacyHostIn returns the first retired host in s, or "".
func legacyHostIn(s string) string {
	for _, h := range fixer.FindHosts(s) {
		if h.Kind == fixer.LegacyHost {
			return h.Host
		}
	}
	return ""
}
