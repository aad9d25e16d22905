// Package synth writes the synthetic Go modules the benchmarks and the
// scale scripts measure whispirlint on: one package with n Whispir sites
// (how the analyzer's cost grows with the sites of one package), and a
// monorepo of many packages of which a few hold Whispir code (what the
// driver costs where Whispir is rare).
package synth

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// SiteFunc returns the source of Whispir site i: a request with the key in
// its query, in one of five shapes. Four are Whispir's: two fixed in place,
// one reading the key parameter from a package constant (keyParam) in one
// case in ten, and one declined (its key is computed) next to a retired
// host whose fix it withdraws. The fifth sends another service's apikey.
// Each reports one diagnostic, but for the fifth (none) and the declined
// one (two). The file needs fmt, net/http and strconv, and the package
// whispirBase and keyParam (see SitesBase).
func SiteFunc(i int) string {
	switch i % 5 {
	case 0:
		return fmt.Sprintf(`func S%d(key string, n int) (*http.Response, error) {
	return http.Get("https://api.whispir.com/messages?apikey=" + key + "&limit=" + strconv.Itoa(n))
}
`, i)
	case 1:
		return fmt.Sprintf(`func S%d(key string) error {
	u := fmt.Sprintf("%%s/contacts?apikey=%%s", whispirBase, key)
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}
`, i)
	case 2:
		if i%10 == 2 {
			return fmt.Sprintf(`func S%d(key, id string) (*http.Response, error) {
	return http.Get(whispirBase + "/workspaces/" + id + keyParam + key)
}
`, i)
		}
		return fmt.Sprintf(`func S%d(key, id string) (*http.Response, error) {
	return http.Get(whispirBase + "/workspaces/" + id + "?apikey=" + key)
}
`, i)
	case 3:
		return fmt.Sprintf(`func S%d(key []byte) (*http.Response, error) {
	if _, err := http.Get("https://api.whispir.com/health"); err != nil {
		return nil, err
	}
	return http.Get("https://api.whispir.com/messages?apikey=" + string(key))
}
`, i)
	default:
		return fmt.Sprintf(`func S%d(key string) (*http.Response, error) {
	return http.Get(fmt.Sprintf("https://maps.example.com/geo?apikey=%%s&q=%%d", key, %d))
}
`, i, i)
	}
}

// SitesBase is the file that declares what SiteFunc's sites share.
func SitesBase(pkg string) string {
	return "package " + pkg + "\n\nvar whispirBase = \"https://api.au.whispir.com\"\n\nconst keyParam = \"?apikey=\"\n"
}

// SitesPerFile is how WriteSites spreads the sites over files.
const SitesPerFile = 100

// WriteSites writes into dir one package named pkg with n sites (see
// SiteFunc), SitesPerFile to a file. With strays, each file also has a
// helper that adds the key parameter to any url.Values, which withdraws
// every fix of the package.
func WriteSites(dir, pkg string, n int, strays bool) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "base.go"), []byte(SitesBase(pkg)), 0o644); err != nil {
		return err
	}
	for f := 0; f*SitesPerFile < n; f++ {
		var src strings.Builder
		fmt.Fprintf(&src, "package %s\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"net/url\"\n\t\"strconv\"\n)\n\n", pkg)
		src.WriteString("var (\n\t_ = fmt.Sprint\n\t_ = http.Get\n\t_ = url.Values{}\n\t_ = strconv.Itoa\n)\n\n")
		if strays {
			fmt.Fprintf(&src, "func addKey%d(q url.Values, k string) { q.Set(\"apikey\", k) }\n\n", f)
		}
		for i := f * SitesPerFile; i < min(n, (f+1)*SitesPerFile); i++ {
			src.WriteString(SiteFunc(i))
			src.WriteString("\n")
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("s%03d.go", f)), []byte(src.String()), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// WriteModule writes a go.mod for module path into dir.
func WriteModule(dir, path string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module "+path+"\n\ngo 1.24\n"), 0o644)
}

// PlainFunc returns the source of function i of an ordinary package:
// HTTP client code and string building with no Whispir hint.
func PlainFunc(i int) string {
	switch i % 3 {
	case 0:
		return fmt.Sprintf(`func F%d(c *http.Client, id string, n int) (*http.Response, error) {
	v := url.Values{"limit": {strconv.Itoa(n)}, "id": {id}}
	req, err := http.NewRequest(http.MethodGet, "https://api.example.com/v1/items?"+v.Encode(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/json")
	return c.Do(req)
}
`, i)
	case 1:
		return fmt.Sprintf(`func F%d(parts []string) string {
	var b strings.Builder
	for j, p := range parts {
		if j > 0 {
			b.WriteString("/")
		}
		b.WriteString(strings.TrimSpace(p))
	}
	return "https://example.org/" + b.String() + "?page=" + strconv.Itoa(len(parts))
}
`, i)
	default:
		return fmt.Sprintf(`type T%d struct{ Name, Host string; Port int }

func (t *T%d) String() string { return fmt.Sprintf("%%s at %%s:%%d", t.Name, t.Host, t.Port) }
`, i, i)
	}
}

// Monorepo describes a generated module of many packages.
type Monorepo struct {
	Packages     int // how many packages, p000 ... pNNN under svc/
	Files        int // files per package
	Funcs        int // functions per file
	WhispirEvery int // one package in WhispirEvery holds Whispir sites (0: none)
	Sites        int // sites in each Whispir package
}

// Write writes the monorepo as module path into dir. Package pI imports
// p(I-1) and p(I/2) (a chain and a tree, so the import graph is deep) and
// calls an exported function of each.
func (m Monorepo) Write(dir, path string) error {
	if err := WriteModule(dir, path); err != nil {
		return err
	}
	for i := range m.Packages {
		name := fmt.Sprintf("p%03d", i)
		pdir := filepath.Join(dir, "svc", name)
		if err := os.MkdirAll(pdir, 0o755); err != nil {
			return err
		}
		var deps []int
		if i > 0 {
			deps = append(deps, i-1)
			if i/2 != i-1 {
				deps = append(deps, i/2)
			}
		}
		for f := range m.Files {
			var src strings.Builder
			fmt.Fprintf(&src, "package %s\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"net/url\"\n\t\"strconv\"\n\t\"strings\"\n", name)
			if f == 0 {
				for _, d := range deps {
					fmt.Fprintf(&src, "\n\t%q", fmt.Sprintf("%s/svc/p%03d", path, d))
				}
			}
			src.WriteString("\n)\n\nvar (\n\t_ = fmt.Sprint\n\t_ = http.Get\n\t_ = url.Parse\n\t_ = strconv.Itoa\n\t_ = strings.TrimSpace\n)\n\n")
			if f == 0 {
				fmt.Fprintf(&src, "func Uses() []string {\n\treturn []string{")
				for _, d := range deps {
					fmt.Fprintf(&src, "p%03d.Name(), ", d)
				}
				fmt.Fprintf(&src, "}\n}\n\nfunc Name() string { return %q }\n\n", name)
			}
			for j := range m.Funcs {
				src.WriteString(PlainFunc(f*m.Funcs + j))
				src.WriteString("\n")
			}
			if err := os.WriteFile(filepath.Join(pdir, fmt.Sprintf("f%02d.go", f)), []byte(src.String()), 0o644); err != nil {
				return err
			}
		}
		if m.WhispirEvery > 0 && i%m.WhispirEvery == m.WhispirEvery-1 {
			if err := WriteSites(pdir, name, m.Sites, false); err != nil {
				return err
			}
		}
	}
	return nil
}
