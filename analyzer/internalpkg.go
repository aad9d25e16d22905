package analyzer

import (
	"go/types"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// An exported function of an internal package (svc/internal/whispir.Send)
// can be called only by packages of the tree that holds the internal
// directory, which the module's source shows. When none of them mentions
// it, it is as private as an unexported one, and its calls are all in this
// package (see callsOf).

// calledOutside reports whether code outside this package may call fn, a
// function or method declared here: it is exported, in a package other
// than main, and not a function of an internal package that no other
// package of the module mentions (methods never are: an interface of
// any package may name them).
func (p *passState) calledOutside(fn *types.Func) bool {
	if !fn.Exported() || p.pass.Pkg.Name() == "main" {
		return false
	}
	return isMethod(fn) || !p.privateToModule(fn.Name())
}

// privateToModule reports whether the package is internal to a tree of its
// module with no nested module, and no Go file of that tree outside the
// package (its external tests and files of other builds included) holds
// the word name.
func (p *passState) privateToModule(name string) bool {
	if v, ok := p.private[name]; ok {
		return v
	}
	v := p.privateToModuleUncached(name)
	if p.private == nil {
		p.private = make(map[string]bool)
	}
	p.private[name] = v
	return v
}

func (p *passState) privateToModuleUncached(word string) bool {
	pkgPath := p.pass.Pkg.Path()
	elems := strings.Split(pkgPath, "/")
	i := len(elems) - 1
	for i >= 0 && elems[i] != "internal" {
		i--
	}
	root, modPath := p.module()
	if i < 0 || root == "" || len(p.pass.Files) == 0 {
		return false
	}
	parent := path.Join(elems[:i]...)
	var rel string
	switch {
	case modPath == "":
		rel = parent // Have: a GOPATH tree
	case parent == modPath:
		rel = "."
	case strings.HasPrefix(parent, modPath+"/"):
		rel = strings.TrimPrefix(parent, modPath+"/")
	default:
		return false // the tree is wider than the module
	}
	if rel == "" {
		return false
	}
	tree := filepath.Join(root, filepath.FromSlash(rel))
	own := filepath.Dir(p.pass.Fset.File(p.pass.Files[0].FileStart).Name())
	private := true
	filepath.WalkDir(tree, func(name string, d os.DirEntry, err error) error {
		if err != nil || !private {
			return filepath.SkipAll
		}
		if d.IsDir() {
			if name != tree && (d.Name() == "vendor" || d.Name() == "testdata") {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(name, "go.mod")); err == nil && name != root {
				private = false // Not safe: another module may import the package.
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || filepath.Dir(name) == own && !strings.HasSuffix(name, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(name)
		if err != nil || containsWord(string(src), word) {
			private = false
		}
		return nil
	})
	return private
}
