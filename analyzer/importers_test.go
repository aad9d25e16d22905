package analyzer

import (
	"go/parser"
	"go/token"
	"testing"
)

// TestKeyWriteFlags checks that naming a command-line flag after the key
// parameter is not a write of it, and that the same name written anywhere
// else still is.
func TestKeyWriteFlags(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		write     bool
	}{
		{"flag", `import "flag"; var k = flag.String("apiKey", "", "the key")`, false},
		{"flagVar", `import "flag"; var k string; func init() { flag.StringVar(&k, "apikey", "", "the key") }`, false},
		{"flagRenamed", `import f "flag"; var k = f.String("apiKey", "", "the key")`, false},
		{"pflag", `import "github.com/spf13/pflag"; var k = pflag.StringP("apikey", "k", "", "the key")`, false},
		{"cobra", `func init() { cmd.Flags().StringVar(&k, "apiKey", "", "the key") }`, false},
		{"urfave", `import "github.com/urfave/cli/v2"; var f = &cli.StringFlag{Name: "apiKey", Usage: "the key"}`, false},
		{"lookup", `import "flag"; func f(q map[string]string) { q[flag.Lookup("apikey").Name] = "" }`, true},
		{"visitAll", `import "flag"; var k = flag.String("apikey", "", ""); func f() { flag.VisitAll(nil) }`, true},
		{"notFlagPkg", `import flag "example.com/params"; var k = flag.String("apiKey", "", "the key")`, true},
		{"otherType", `import "github.com/urfave/cli/v2"; var p = cli.Param{Name: "apiKey"}`, true},
		{"otherField", `import "github.com/urfave/cli/v2"; var f = &cli.StringFlag{Name: "key", Value: "apiKey"}`, true},
		{"query", `import "net/url"; func f(q url.Values, k string) { q.Set("apikey", k) }`, true},
		{"param", `type Param struct{ Name, Value string }; var p = Param{Name: "apikey"}`, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, "x.go", "package x\n"+tc.src+"\n", parser.SkipObjectResolution)
			if err != nil {
				t.Fatal(err)
			}
			if got := keyWrite(f, nil, false).IsValid(); got != tc.write {
				t.Errorf("keyWrite = %v, want %v", got, tc.write)
			}
		})
	}
}
