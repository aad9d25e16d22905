package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// sarifSchemaFile is absolute: some tests change directory.
var sarifSchemaFile, _ = filepath.Abs(filepath.Join("testdata", "sarif-schema-2.1.0.json"))

// testdata/sarif-schema-2.1.0.json is the OASIS SARIF 2.1.0 JSON schema
// (errata01, the file its "id" names), validated with a maintained JSON
// Schema library, formats asserted.
var officialSARIFSchema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	data, err := os.ReadFile(sarifSchemaFile)
	if err != nil {
		return nil, err
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	const url = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	if err := c.AddResource(url, doc); err != nil {
		return nil, err
	}
	return c.Compile(url)
})

// validateSARIFSchema returns the schema violations of v (a decoded JSON
// value), one a line.
func validateSARIFSchema(t *testing.T, v any) []string {
	t.Helper()
	sch, err := officialSARIFSchema()
	if err != nil {
		t.Fatalf("SARIF schema: %v", err)
	}
	err = sch.Validate(v)
	var verr *jsonschema.ValidationError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &verr):
		return strings.Split(strings.TrimSpace(verr.Error()), "\n")
	}
	t.Fatalf("validating: %v", err)
	return nil
}

func TestSchemaValidatorCatchesViolations(t *testing.T) {
	bad := `{"version": "2.0.0", "runs": [{"tool": {"driver": {}}, "results": [
		{"message": {"text": "m"}, "level": "fatal", "extra": 1,
		 "locations": [{"physicalLocation": {"region": {"startLine": 0, "startColumn": 1.5}}}],
		 "fixes": [{"artifactChanges": []}]}]}]}`
	var v any
	if err := json.Unmarshal([]byte(bad), &v); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(validateSARIFSchema(t, v), "\n")
	for _, want := range []string{"/version", "/runs/0/tool/driver", "/runs/0/results/0/level", "extra", "startLine", "startColumn", "artifactChanges"} {
		if !strings.Contains(got, want) {
			t.Errorf("violations do not mention %q; got:\n%s", want, got)
		}
	}
}
