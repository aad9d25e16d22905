package analyzer_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/whispirlint/whispirlint/analyzer"
	"github.com/whispirlint/whispirlint/internal/noop"
	"github.com/whispirlint/whispirlint/internal/perf/synth"
)

// The benchmarks run the analyzer alone on a large synthetic package,
// loaded and type-checked once: each iteration is one checker.Analyze of
// the package with the analyzer under test. The bare no-op analyzer, which
// requires nothing and reports nothing, is the baseline: the difference is
// all that whispirlint costs, its inspector included.
//
//	go test -run XXX -bench . -benchmem ./analyzer/

const (
	benchFiles    = 40
	benchFuncs    = 100 // per file: 4000 functions
	benchWhispir  = 50  // two functions in benchWhispir are Whispir call sites
	benchOtherKey = 10  // one in benchOtherKey sends another service's apikey
)

// synthFunc returns the source of function i of a synthetic file: mostly
// ordinary HTTP client code, with Whispir call sites when whispir is set.
func synthFunc(i int, whispir bool) string {
	switch {
	case whispir && i%benchWhispir == 0:
		return fmt.Sprintf(`func F%d(key string, n int) (*http.Response, error) {
	return http.Get("https://api.whispir.com/messages?apikey=" + key + "&limit=" + strconv.Itoa(n))
}
`, i)
	case whispir && i%benchWhispir == 1:
		return fmt.Sprintf(`func F%d(key string) error {
	u := fmt.Sprintf("%%s/contacts?apikey=%%s", whispirBase, key)
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}
`, i)
	case whispir && i%benchOtherKey == 0:
		return fmt.Sprintf(`func F%d(key string, n int) (*http.Response, error) {
	return http.Get(fmt.Sprintf("https://maps.example.com/geo?apikey=%%s&q=%%d", key, n))
}
`, i)
	}
	return synth.PlainFunc(i)
}

// synthPackage writes a package of benchFiles files into a fresh module and
// loads it with syntax and types.
func synthPackage(b *testing.B, whispir bool) []*packages.Package {
	b.Helper()
	dir := b.TempDir()
	write := func(name, content string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	write("go.mod", "module example.com/synth\n\ngo 1.24\n")
	if whispir {
		write("base.go", "package synth\n\nvar whispirBase = \"https://api.au.whispir.com\"\n")
	}
	for f := range benchFiles {
		var src strings.Builder
		src.WriteString("package synth\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"net/url\"\n\t\"strconv\"\n\t\"strings\"\n)\n\n")
		src.WriteString("var (\n\t_ = fmt.Sprint\n\t_ = http.Get\n\t_ = url.Parse\n\t_ = strconv.Itoa\n\t_ = strings.TrimSpace\n)\n\n")
		for i := range benchFuncs {
			src.WriteString(synthFunc(f*benchFuncs+i, whispir))
			src.WriteString("\n")
		}
		write(fmt.Sprintf("f%02d.go", f), src.String())
	}
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Env: append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")}
	pkgs, err := packages.Load(cfg, ".")
	if err != nil {
		b.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		b.Fatal("the synthetic package does not load")
	}
	return pkgs
}

func benchAnalyze(b *testing.B, a *analysis.Analyzer, whispir bool, wantDiags bool) {
	pkgs := synthPackage(b, whispir)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		g, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, &checker.Options{Sequential: true})
		if err != nil {
			b.Fatal(err)
		}
		diags := 0
		for act := range g.All() {
			if act.Analyzer == a && act.IsRoot {
				if act.Err != nil {
					b.Fatal(act.Err)
				}
				diags += len(act.Diagnostics)
			}
		}
		if got := diags > 0; got != wantDiags {
			b.Fatalf("%d diagnostics, want some: %v", diags, wantDiags)
		}
	}
}

// BenchmarkAnalyzer measures whispirlint on 4000 functions: "mixed" has
// Whispir call sites in two functions in 50 and another service's apikey in
// one in 10; "clean" has neither, so every file takes the fast path.
func BenchmarkAnalyzer(b *testing.B) {
	a, err := analyzer.New(analyzer.Config{Region: "au"})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("mixed", func(b *testing.B) { benchAnalyze(b, a, true, true) })
	b.Run("clean", func(b *testing.B) { benchAnalyze(b, a, false, false) })
}

// BenchmarkNoop is the baseline: the same packages, with an analyzer that
// requires nothing.
func BenchmarkNoop(b *testing.B) {
	b.Run("mixed", func(b *testing.B) { benchAnalyze(b, noop.Analyzer, true, false) })
	b.Run("clean", func(b *testing.B) { benchAnalyze(b, noop.Analyzer, false, false) })
}

// sitesPackage writes one package with n Whispir sites (see synth.SiteFunc)
// into a fresh module and loads it with syntax and types.
func sitesPackage(b *testing.B, n int, strays bool) []*packages.Package {
	b.Helper()
	dir := b.TempDir()
	if err := synth.WriteModule(dir, "example.com/sites"); err != nil {
		b.Fatal(err)
	}
	if err := synth.WriteSites(dir, "sites", n, strays); err != nil {
		b.Fatal(err)
	}
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Env: append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")}
	pkgs, err := packages.Load(cfg, ".")
	if err != nil {
		b.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		b.Fatal("the scaling package does not load")
	}
	return pkgs
}

// BenchmarkSites measures how the analyzer's cost grows with the number of
// Whispir sites in one package, against the no-op on the same package (the
// checker's own work). The cost exponent between two sizes is
// log(t2/t1)/log(n2/n1). In "strays", a helper in every file that the fix
// cannot follow withdraws every fix of the package: the worst case of the
// stray scan and of the declined code.
//
//	go test -run XXX -bench Sites -benchmem -benchtime 1x -count 5 ./analyzer/
func BenchmarkSites(b *testing.B) {
	a, err := analyzer.New(analyzer.Config{Region: "au"})
	if err != nil {
		b.Fatal(err)
	}
	for _, strays := range []bool{false, true} {
		for _, n := range []int{1000, 5000, 10000} {
			name := fmt.Sprintf("n=%d", n)
			if strays {
				name = fmt.Sprintf("strays/n=%d", n)
			}
			b.Run(name, func(b *testing.B) {
				pkgs := sitesPackage(b, n, strays)
				// Each site reports once, but for another service's and a
				// declined one (which reports its retired host too).
				b.Run("whispirlint", func(b *testing.B) { benchSites(b, a, pkgs, n) })
				b.Run("noop", func(b *testing.B) { benchSites(b, noop.Analyzer, pkgs, 0) })
			})
		}
	}
}

// benchSites runs a on pkgs and checks that it reports at least wantDiags
// diagnostics, or none when wantDiags is 0.
//
// Besides the wall time it reports cpu-ns/op, the process's CPU time (user
// and sys, the garbage collector's included) per iteration, which the load
// of a shared machine disturbs far less.
func benchSites(b *testing.B, a *analysis.Analyzer, pkgs []*packages.Package, wantDiags int) {
	b.ReportAllocs()
	cpu0 := cpuTime()
	defer func() { b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op") }()
	for b.Loop() {
		g, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, &checker.Options{Sequential: true})
		if err != nil {
			b.Fatal(err)
		}
		diags := 0
		for act := range g.All() {
			if act.Analyzer == a && act.IsRoot {
				if act.Err != nil {
					b.Fatal(act.Err)
				}
				diags += len(act.Diagnostics)
			}
		}
		if diags < wantDiags || (wantDiags == 0 && diags > 0) {
			b.Fatalf("%d diagnostics, want at least %d", diags, wantDiags)
		}
	}
}
