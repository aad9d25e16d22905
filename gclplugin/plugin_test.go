package gclplugin

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"

	"github.com/whispirlint/whispirlint/analyzer"
)

func TestRegistered(t *testing.T) {
	if _, err := register.GetPlugin("whispirlint"); err != nil {
		t.Fatal(err)
	}
}

func TestNewSettings(t *testing.T) {
	p, err := New(map[string]any{"region": "au", "secrets": "env", "secrets-in-tests": true, "disable": []any{"wl21", "WL22"}})
	if err != nil {
		t.Fatal(err)
	}
	want := analyzer.Config{Region: "au", Secrets: "env", SecretsInTests: true, Disable: []string{"WL21", "WL22"}, NolintByDriver: true}
	if got := p.(*Plugin).cfg; !reflect.DeepEqual(got, want) {
		t.Errorf("config = %+v, want %+v", got, want)
	}
	if mode := p.GetLoadMode(); mode != register.LoadModeTypesInfo {
		t.Errorf("load mode = %q, want %q", mode, register.LoadModeTypesInfo)
	}
}

func TestNewEmptySettings(t *testing.T) {
	for _, settings := range []any{nil, map[string]any{}} {
		p, err := New(settings)
		if err != nil {
			t.Fatalf("New(%#v): %v", settings, err)
		}
		if got := p.(*Plugin).cfg; !reflect.DeepEqual(got, analyzer.Config{NolintByDriver: true}) {
			t.Errorf("New(%#v) config = %+v, want only NolintByDriver", settings, got)
		}
	}
}

func TestNewErrors(t *testing.T) {
	for _, tc := range []struct {
		settings any
		want     []string // substrings of the error
	}{
		{map[string]any{"regoin": "au"}, []string{`unknown key "regoin"`, "region, secrets, secrets-in-tests, rules, disable"}},
		{map[string]any{"rules": []any{"WL01", "WL3"}}, []string{`unknown rule "WL3"`}},
		{map[string]any{"region": "au", "fix": true, "apikey": "x"}, []string{`"apikey", "fix"`}},
		{map[string]any{"region": "xx"}, []string{`"xx"`, "au, nz"}},
		{map[string]any{"secrets": "delete"}, []string{`"delete"`, "report or env"}},
		{map[string]any{"region": 3}, []string{"region"}},
		{map[string]any{"secrets-in-tests": "yes"}, []string{"secrets-in-tests"}},
		{"au", []string{"whispirlint settings"}},
	} {
		_, err := New(tc.settings)
		if err == nil {
			t.Errorf("New(%#v) succeeded, want an error", tc.settings)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("New(%#v) error %q does not mention %s", tc.settings, err, w)
			}
		}
	}
}

func TestBuildAnalyzersIsFresh(t *testing.T) {
	p, err := New(map[string]any{"region": "nz"})
	if err != nil {
		t.Fatal(err)
	}
	a1, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	a2, _ := p.BuildAnalyzers()
	if len(a1) != 1 || a1[0].Name != analyzer.Name {
		t.Fatalf("BuildAnalyzers = %v, want one %s analyzer", a1, analyzer.Name)
	}
	if a1[0] == analyzer.Analyzer || a1[0] == a2[0] {
		t.Error("BuildAnalyzers returned a shared analyzer, want a fresh one per call")
	}
	if r := analyzer.Analyzer.Flags.Lookup("region").Value.String(); r != "" {
		t.Errorf("global -region flag = %q after New, want untouched", r)
	}
}

// TestNewRefusesEnvironmentRegion: golangci-lint's cache does not key on
// the environment, so the region must be a setting.
func TestNewRefusesEnvironmentRegion(t *testing.T) {
	getenv = func(k string) string {
		if k == analyzer.RegionEnv {
			return "nz"
		}
		return ""
	}
	defer func() { getenv = os.Getenv }()
	if _, err := New(map[string]any{}); err == nil || !strings.Contains(err.Error(), "set settings.region") {
		t.Errorf("New without a region, WHISPIR_REGION=nz: %v", err)
	}
	if _, err := New(map[string]any{"region": "au"}); err != nil {
		t.Errorf("New with a region, WHISPIR_REGION=nz: %v", err)
	}
}
