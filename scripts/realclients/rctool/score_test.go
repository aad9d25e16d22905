package main

import (
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runScore runs score over files written into a temporary directory and
// returns the ROW line and the error.
func runScore(t *testing.T, before, after []site, diags string, legacy, migrated record, cover map[string]string) (string, error) {
	t.Helper()
	dir := writeTree(t, map[string]string{"mod/go.mod": "module example.com/lib\n"})
	mod := filepath.Join(dir, "mod")
	write := func(name string, v any) string {
		path := filepath.Join(dir, name)
		data, err := json.Marshal(v)
		if s, ok := v.(string); ok {
			data, err = []byte(s), nil
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	i := 0
	for method, profile := range cover {
		write(filepath.Join("cover", string(rune('0'+i))+".name"), method)
		write(filepath.Join("cover", string(rune('0'+i))+".out"), "mode: set\n"+profile)
		i++
	}
	args := []string{"-name", "lib", "-dir", mod,
		"-before", write("before.json", before), "-after", write("after.json", after),
		"-diags", write("diags.json", strings.ReplaceAll(diags, "MOD", mod)),
		"-legacy", write("legacy.json", legacy), "-migrated", write("migrated.json", migrated),
		"-cover", filepath.Join(dir, "cover")}

	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout := os.Stdout
	os.Stdout = w
	err = score(args)
	os.Stdout = stdout
	w.Close()
	out, _ := io.ReadAll(r)
	for _, line := range strings.Split(string(out), "\n") {
		if row, ok := strings.CutPrefix(line, "ROW "); ok {
			return row, err
		}
	}
	t.Fatalf("no ROW in\n%s", out)
	return "", err
}

func TestScore(t *testing.T) {
	send := site{File: "send.go", Line: 12, Decl: "Send", DeclStart: 10, DeclEnd: 20, Value: "apikey"}
	list := site{File: "list.go", Line: 5, Decl: "List", DeclStart: 3, DeclEnd: 9, Value: "?apikey="}
	before := []site{send, list}
	legacy := record{Methods: []method{
		{Name: "Send", Requests: []request{req("POST", "https://api.whispir.com/send?apikey=KEY-123", "x")}},
		{Name: "List", Requests: []request{req("GET", "https://api.whispir.com/list?apikey=KEY-123", "")}},
	}}
	right := req("POST", "https://api.au.whispir.com/send", "x", "X-Api-Key", "KEY-123")
	hostOnly := req("GET", "https://api.au.whispir.com/list?apikey=KEY-123", "")
	cover := map[string]string{
		"Send": "example.com/lib/send.go:11.2,13.3 2 1\n",
		"List": "example.com/lib/list.go:4.2,6.3 2 1\nexample.com/lib/send.go:11.2,13.3 2 0\n",
	}
	diagSend := `{"example.com/lib": {"whispirlint": [{"posn": "MOD/send.go:12:4"}]}}`
	diagBoth := `{"example.com/lib": {"whispirlint": [{"posn": "MOD/send.go:12:4"}, {"posn": "MOD/list.go:5:9"}]}}`

	for _, tc := range []struct {
		name     string
		after    []site
		diags    string
		migrated []request // Send's and List's requests after the fix
		cover    map[string]string
		row      string
		wrong    bool
	}{
		{"nothing changed, all reported", before, diagBoth, []request{legacyOf(legacy, 0), legacyOf(legacy, 1)}, cover,
			"lib 2 0 2 0 0 0 2 0 2 0", false},
		{"nothing changed, one unfound", before, diagSend, []request{legacyOf(legacy, 0), legacyOf(legacy, 1)}, cover,
			"lib 2 0 1 1 0 1 2 0 2 0", true},
		{"Send migrated right", []site{list}, diagBoth, []request{right, legacyOf(legacy, 1)}, cover,
			"lib 2 1 1 0 0 0 2 1 1 0", false},
		{"Send migrated, List host only", []site{}, diagBoth, []request{right, hostOnly}, cover,
			"lib 2 1 0 1 0 0 2 1 0 1", true},
		{"Send migrated, no coverage", []site{list}, diagBoth, []request{right, legacyOf(legacy, 1)}, nil,
			"lib 2 0 1 0 1 0 2 1 1 0", false},
	} {
		migrated := record{Methods: []method{
			{Name: "Send", Requests: tc.migrated[:1]},
			{Name: "List", Requests: tc.migrated[1:]},
		}}
		row, err := runScore(t, before, tc.after, tc.diags, legacy, migrated, tc.cover)
		if row != tc.row {
			t.Errorf("%s: ROW %s\nwant    %s", tc.name, row, tc.row)
		}
		if got := errors.Is(err, errWrong); got != tc.wrong || err != nil && !got {
			t.Errorf("%s: err = %v, want WRONG %v", tc.name, err, tc.wrong)
		}
	}
}

func legacyOf(r record, i int) request { return r.Methods[i].Requests[0] }
