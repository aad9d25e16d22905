package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/whispirlint/whispirlint/fixer"
)

// Stray key parameters. A URL may get its key somewhere the flow model does
// not see: a helper that adds "apikey" to any url.Values (addOptions), a
// transport that adds it to every request, a struct tag `url:"apikey"`, a
// template filled by a strings.Replacer. A host rewritten there would send
// the key in the query of a regional URL, which fails as surely as the
// retired host. So every mention of the key parameter in a package must be
// accounted for by a site whose fix is offered; any other one is reported,
// and no fix of the package is offered until it is migrated by hand.

// A stray is a mention of the key parameter that no fixed site accounts for.
type stray struct {
	node ast.Node
	what string // for the message: "the key parameter", "a struct tag ..."
	test bool   // in a _test.go file: it blocks the fixes of test files only
}

// findStrays returns the mentions of the key parameter in files that lie
// outside every WL02 site.
func (p *passState) findStrays(files []inspector.Cursor) []stray {
	var out []stray
	for _, fc := range files {
		for cur := range fc.Preorder((*ast.BasicLit)(nil), (*ast.Ident)(nil)) {
			n := cur.Node()
			var what string
			switch n := n.(type) {
			case *ast.BasicLit:
				if n.Kind != token.STRING {
					continue
				}
				if field, ok := cur.Parent().Node().(*ast.Field); ok && field.Tag == n {
					if tagNamesKey(n.Value) {
						what = "a struct tag that names the key parameter"
					}
					break
				}
				v, ok := p.stringValue(n)
				if !ok || !fixer.MentionsKeyParam(v) || !mentionsKeyParam(v) || p.inKeySite(n) || p.inConstDecl(cur) || p.onOtherBase(cur) || isReadArg(cur) {
					continue
				}
				what = "the key parameter"
			case *ast.Ident:
				// Have: q.Set(wire.KeyParam, k), a constant of another package.
				c, ok := p.pass.TypesInfo.Uses[n].(*types.Const)
				if !ok || c.Pkg() == p.pass.Pkg || !isStringType(c.Type()) {
					continue
				}
				if v, ok := constantString(c.Val()); !ok || !mentionsKeyParam(v) {
					continue
				}
				what = "the key parameter (in " + c.Name() + ")"
			}
			if what == "" || p.inKeySite(n) || p.forOtherService(cur) {
				continue
			}
			out = append(out, stray{n, what, p.isTestFile(n.Pos())})
		}
	}
	return out
}

// onOtherBase reports whether the literal at cur continues a URL whose
// base is known not to be Whispir's: an unexported field or package
// variable of this package never given a Whispir URL (m.base +
// "/geocode?apikey=" + m.key, where base is set nowhere or to another host).
func (p *passState) onOtherBase(cur inspector.Cursor) bool {
	c := cur
	for {
		parent, ok := c.Parent().Node().(*ast.BinaryExpr)
		if !ok || !p.isConcat(parent) {
			break
		}
		c = c.Parent()
	}
	root, ok := c.Node().(*ast.BinaryExpr)
	if !ok || root == cur.Node() {
		return false
	}
	first := root.X
	for {
		b, ok := first.(*ast.BinaryExpr)
		if !ok || !p.isConcat(b) {
			break
		}
		first = b.X
	}
	v, ok := p.objectOf(first).(*types.Var)
	if !ok || v.Exported() || v.Pkg() != p.pass.Pkg || p.whispirObjs[v] || !(v.IsField() || v.Parent() == p.pass.Pkg.Scope()) {
		return false
	}
	for _, n := range p.declarations(v) {
		if e, ok := n.(ast.Expr); !ok || !p.isOtherURL(e) {
			return false
		}
	}
	return true
}

// isOtherURL reports whether e is a constant URL of another host.
func (p *passState) isOtherURL(e ast.Expr) bool {
	s, ok := p.stringValue(e)
	return ok && strings.Contains(s, "://") && len(fixer.FindHosts(s)) == 0
}

// mentionsKeyParam reports whether a string names the key parameter: the
// name alone ("apikey"), or a query with it ("?apikey=", "&apiKey={key}").
func mentionsKeyParam(v string) bool {
	if fixer.IsKeyParam(strings.TrimSpace(v)) {
		return true
	}
	return fixer.FindKeyParam([]fixer.Part{{Text: v}}, true)
}

// tagNamesKey reports whether a struct tag names the key parameter for a
// URL query encoder (url, query, form, schema or param keys).
func tagNamesKey(lit string) bool {
	tag, err := strconv.Unquote(lit)
	if err != nil {
		return false
	}
	for _, key := range []string{"url", "query", "form", "schema", "param"} {
		name, _, _ := strings.Cut(reflect.StructTag(tag).Get(key), ",")
		if fixer.IsKeyParam(name) {
			return true
		}
	}
	return false
}

// inKeySite reports whether n lies in a WL02 site (fixed or reported).
func (p *passState) inKeySite(n ast.Node) bool {
	return p.keySites().holds(n.Pos(), n.End())
}

// inConstDecl reports whether the literal at cur is the value of a
// constant declaration whose every use lies in a WL02 site: the site
// accounts for it (keyParam = "?apikey=").
func (p *passState) inConstDecl(cur inspector.Cursor) bool {
	spec, ok := enclosingSpec(cur).(*ast.ValueSpec)
	if !ok {
		return false
	}
	for _, name := range spec.Names {
		obj, ok := p.pass.TypesInfo.Defs[name].(*types.Const)
		if !ok {
			return false
		}
		for _, id := range p.constUses()[obj] {
			if !p.inKeySite(id) {
				return false
			}
		}
	}
	return true
}

// forOtherService reports whether the function around cur talks to
// another service and never to Whispir: its key parameter is not ours.
func (p *passState) forOtherService(cur inspector.Cursor) bool {
	if lit, ok := cur.Node().(*ast.BasicLit); ok {
		// Have: "https://maps.example.com/geo?apikey=" + k.
		if v, ok := p.stringValue(lit); ok && strings.Contains(v, "://") && len(fixer.FindHosts(v)) == 0 {
			return true
		}
	}
	body := enclosingBody(cur)
	if body == nil || p.funcMentionsWhispir(body) {
		return false
	}
	other := false
	ast.Inspect(body, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			if v, ok := p.stringValue(lit); ok && (strings.Contains(v, "://") && len(fixer.FindHosts(v)) == 0) {
				other = true
			}
		}
		return !other
	})
	return other
}

func (p *passState) isTestFile(pos token.Pos) bool {
	return strings.HasSuffix(p.pass.Fset.File(pos).Name(), "_test.go")
}

// blockStrays reports each stray and withdraws every fix it may undo: all
// of the package's for a stray in a non-test file; for a stray in a test
// file, those of test files and every host rewrite (test code shares the
// package's names: it may add the key to a URL built in a non-test file).
func (p *passState) blockStrays(strays []stray) {
	if !p.migratesHosts() {
		return // nothing a stray could undo: no host is rewritten
	}
	// A stray the user suppressed (//whispirlint:ignore WL02 not Whispir's)
	// is theirs to vouch for.
	strays = slices.DeleteFunc(strays, func(s stray) bool {
		return p.dropped != nil && p.dropped(ruleKeyInQuery.ID, s.node.Pos())
	})
	for _, s := range strays {
		p.held = append(p.held, &heldReport{rule: ruleKeyInQuery, pos: s.node.Pos(), end: s.node.End(),
			msg: "Whispir API key may be sent as a query parameter: " + s.what +
				" is used where the fix cannot follow it; if it goes to Whispir, remove it and set the x-api-key header by hand. " +
				"Until then no Whispir fix is offered in this package"})
	}
	for _, s := range strays {
		for _, k := range p.keys {
			if k.fix == nil || (s.test && !p.isTestFile(k.pos) && !p.migrates(k.fix)) {
				continue
			}
			k.fix = nil
			k.msg += "; the package also uses " + s.what + " at " + p.lineFrom(s.node.Pos(), k.pos) +
				", which the fix cannot follow: migrate that first"
		}
		for _, f := range p.pass.Files {

			p.declined = append(p.declined, declinedRange{pos: f.FileStart, end: f.FileEnd, site: s.node.Pos()})
		}
	}
}

// migratesHosts reports whether a held fix rewrites a retired host.
func (p *passState) migratesHosts() bool {
	for _, h := range p.held {
		if h.legacy != nil && h.legacy.fix != nil {
			return true
		}
		if h.key != nil && h.key.fix != nil && p.migrates(h.key.fix) {
			return true
		}
	}
	return false
}

// migrates reports whether a fix rewrites a retired host.
func (p *passState) migrates(fix *analysis.SuggestedFix) bool {
	if p.region == "" {
		return false
	}
	for _, e := range fix.TextEdits {
		if strings.Contains(string(e.NewText), fixer.RegionalHost(p.region)) {
			return true
		}
	}
	return false
}

// isReadArg reports whether the literal at cur is what a call only reads
// (see readsArg).
func isReadArg(cur inspector.Cursor) bool {
	call, ok := cur.Parent().Node().(*ast.CallExpr)
	return ok && readsArg(call, cur.Node())
}

// readsArg reports whether arg is the first argument of a Get, Has or
// Values call (q.Get("apikey")): a name the call only reads.
func readsArg(call *ast.CallExpr, arg ast.Node) bool {
	if len(call.Args) == 0 || call.Args[0] != arg {
		return false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	return ok && (sel.Sel.Name == "Get" || sel.Sel.Name == "Has" || sel.Sel.Name == "Values")
}
