package main

import (
	"encoding/json"
	"fmt"
	"math"
	"net/url"
	"slices"
	"strings"
	"testing"
)

// sarifSchemaSubset is the part of the OASIS SARIF 2.1.0 JSON schema
// (sarif-schema-2.1.0.json) that covers the objects whispirlint writes,
// with the schema's own constraints (types, required properties, enums,
// minimums, minItems, uniqueItems, and additionalProperties: false, which
// the schema sets on every object but property bags). Descriptions dropped.
const sarifSchemaSubset = `{
  "$ref": "#/definitions/sarifLog",
  "definitions": {
    "sarifLog": {
      "type": "object", "additionalProperties": false,
      "properties": {
        "$schema": {"type": "string", "format": "uri"},
        "version": {"enum": ["2.1.0"]},
        "runs": {"type": "array", "items": {"$ref": "#/definitions/run"}},
        "properties": {"$ref": "#/definitions/propertyBag"}
      },
      "required": ["version", "runs"]
    },
    "run": {
      "type": "object", "additionalProperties": false,
      "properties": {
        "tool": {"$ref": "#/definitions/tool"},
        "originalUriBaseIds": {"type": "object", "additionalProperties": {"$ref": "#/definitions/artifactLocation"}},
        "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
        "results": {"type": "array", "items": {"$ref": "#/definitions/result"}},
        "properties": {"$ref": "#/definitions/propertyBag"}
      },
      "required": ["tool"]
    },
    "tool": {
      "type": "object", "additionalProperties": false,
      "properties": {
        "driver": {"$ref": "#/definitions/toolComponent"},
        "properties": {"$ref": "#/definitions/propertyBag"}
      },
      "required": ["driver"]
    },
    "toolComponent": {
      "type": "object", "additionalProperties": false,
      "properties": {
        "name": {"type": "string"},
        "informationUri": {"type": "string", "format": "uri"},
        "version": {"type": "string"},
        "semanticVersion": {"type": "string"},
        "rules": {"type": "array", "uniqueItems": true, "items": {"$ref": "#/definitions/reportingDescriptor"}},
        "properties": {"$ref": "#/definitions/propertyBag"}
      },
      "required": ["name"]
    },
    "reportingDescriptor": {
      "type": "object", "additionalProperties": false,
      "properties": {
        "id": {"type": "string"},
        "name": {"type": "string"},
        "shortDescription": {"$ref": "#/definitions/multiformatMessageString"},
        "fullDescription": {"$ref": "#/definitions/multiformatMessageString"},
        "defaultConfiguration": {"$ref": "#/definitions/reportingConfiguration"},
        "helpUri": {"type": "string", "format": "uri"},
        "help": {"$ref": "#/definitions/multiformatMessageString"},
        "properties": {"$ref": "#/definitions/propertyBag"}
      },
      "required": ["id"]
    },
    "reportingConfiguration": {
      "type": "object", "additionalProperties": false,
      "properties": {
        "enabled": {"type": "boolean"},
        "level": {"enum": ["none", "note", "warning", "error"]},
        "rank": {"type": "number", "minimum": -1},
        "properties": {"$ref": "#/definitions/propertyBag"}
      }
    },
    "multiformatMessageString": {
      "type": "object", "additionalProperties": false,
      "properties": {
        "text": {"type": "string"},
        "markdown": {"type": "string"},
        "properties": {"$ref": "#/definitions/propertyBag"}
      },
      "required": ["text"]
    },
    "message": {
      "type": "object", "additionalProperties": false,
      "properties": {
        "text": {"type": "string"},
        "markdown": {"type": "string"},
        "id": {"type": "string"},
        "arguments": {"type": "array", "items": {"type": "string"}},
        "properties": {"$ref": "#/definitions/propertyBag"}
      }
    },
    "result": {
      "type": "object", "additionalProperties": false,
      "properties": {
        "ruleId": {"type": "string"},
        "ruleIndex": {"type": "integer", "minimum": -1},
        "kind": {"enum": ["notApplicable", "pass", "fail", "review", "open", "informational"]},
        "level": {"enum": ["none", "note", "warning", "error"]},
        "message": {"$ref": "#/definitions/message"},
        "locations": {"type": "array", "items": {"$ref": "#/definitions/location"}},
        "relatedLocations": {"type": "array", "uniqueItems": true, "items": {"$ref": "#/definitions/location"}},
        "fixes": {"type": "array", "uniqueItems": true, "items": {"$ref": "#/definitions/fix"}},
        "partialFingerprints": {"type": "object", "additionalProperties": {"type": "string"}},
        "suppressions": {"type": "array", "uniqueItems": true, "items": {"$ref": "#/definitions/suppression"}},
        "properties": {"$ref": "#/definitions/propertyBag"}
      },
      "required": ["message"]
    },
    "suppression": {
      "type": "object", "additionalProperties": false,
      "properties": {
        "guid": {"type": "string"},
        "kind": {"enum": ["inSource", "external"]},
        "status": {"enum": ["accepted", "underReview", "rejected"]},
        "justification": {"type": "string"},
        "location": {"$ref": "#/definitions/location"},
        "properties": {"$ref": "#/definitions/propertyBag"}
      },
      "required": ["kind"]
    },
    "location": {
      "type": "object", "additionalProperties": false,
      "properties": {
        "id": {"type": "integer", "minimum": -1},
        "physicalLocation": {"$ref": "#/definitions/physicalLocation"},
        "message": {"$ref": "#/definitions/message"},
        "properties": {"$ref": "#/definitions/propertyBag"}
      }
    },
    "physicalLocation": {
      "type": "object", "additionalProperties": false,
      "properties": {
        "artifactLocation": {"$ref": "#/definitions/artifactLocation"},
        "region": {"$ref": "#/definitions/region"},
        "contextRegion": {"$ref": "#/definitions/region"},
        "properties": {"$ref": "#/definitions/propertyBag"}
      }
    },
    "artifactLocation": {
      "type": "object", "additionalProperties": false,
      "properties": {
        "uri": {"type": "string", "format": "uri-reference"},
        "uriBaseId": {"type": "string"},
        "index": {"type": "integer", "minimum": -1},
        "properties": {"$ref": "#/definitions/propertyBag"}
      }
    },
    "region": {
      "type": "object", "additionalProperties": false,
      "properties": {
        "startLine": {"type": "integer", "minimum": 1},
        "startColumn": {"type": "integer", "minimum": 1},
        "endLine": {"type": "integer", "minimum": 1},
        "endColumn": {"type": "integer", "minimum": 1},
        "charOffset": {"type": "integer", "minimum": -1},
        "charLength": {"type": "integer", "minimum": 0},
        "byteOffset": {"type": "integer", "minimum": -1},
        "byteLength": {"type": "integer", "minimum": 0},
        "properties": {"$ref": "#/definitions/propertyBag"}
      }
    },
    "fix": {
      "type": "object", "additionalProperties": false,
      "properties": {
        "description": {"$ref": "#/definitions/message"},
        "artifactChanges": {"type": "array", "minItems": 1, "uniqueItems": true, "items": {"$ref": "#/definitions/artifactChange"}},
        "properties": {"$ref": "#/definitions/propertyBag"}
      },
      "required": ["artifactChanges"]
    },
    "artifactChange": {
      "type": "object", "additionalProperties": false,
      "properties": {
        "artifactLocation": {"$ref": "#/definitions/artifactLocation"},
        "replacements": {"type": "array", "minItems": 1, "items": {"$ref": "#/definitions/replacement"}},
        "properties": {"$ref": "#/definitions/propertyBag"}
      },
      "required": ["artifactLocation", "replacements"]
    },
    "replacement": {
      "type": "object", "additionalProperties": false,
      "properties": {
        "deletedRegion": {"$ref": "#/definitions/region"},
        "insertedContent": {"$ref": "#/definitions/artifactContent"},
        "properties": {"$ref": "#/definitions/propertyBag"}
      },
      "required": ["deletedRegion"]
    },
    "artifactContent": {
      "type": "object", "additionalProperties": false,
      "properties": {
        "text": {"type": "string"},
        "binary": {"type": "string"},
        "properties": {"$ref": "#/definitions/propertyBag"}
      }
    },
    "propertyBag": {
      "type": "object", "additionalProperties": true,
      "properties": {"tags": {"type": "array", "uniqueItems": true, "items": {"type": "string"}}}
    }
  }
}`

// A schema is a JSON Schema (draft-07) node; validateSchema implements the
// keywords sarifSchemaSubset uses.
type schema struct {
	Ref                  string             `json:"$ref"`
	Type                 string             `json:"type"`
	Enum                 []any              `json:"enum"`
	Properties           map[string]*schema `json:"properties"`
	Required             []string           `json:"required"`
	AdditionalProperties json.RawMessage    `json:"additionalProperties"`
	Items                *schema            `json:"items"`
	MinItems             *int               `json:"minItems"`
	UniqueItems          bool               `json:"uniqueItems"`
	Minimum              *float64           `json:"minimum"`
	Format               string             `json:"format"`
	Definitions          map[string]*schema `json:"definitions"`
}

// validateSchema returns every violation of s by v (a value decoded by
// encoding/json), each prefixed with its JSON path.
func validateSchema(root, s *schema, v any, path string) []string {
	if s.Ref != "" {
		name := strings.TrimPrefix(s.Ref, "#/definitions/")
		def, ok := root.Definitions[name]
		if !ok {
			return []string{path + ": schema has no definition " + s.Ref}
		}
		return validateSchema(root, def, v, path)
	}
	var errs []string
	fail := func(format string, args ...any) { errs = append(errs, path+": "+fmt.Sprintf(format, args...)) }

	if s.Enum != nil && !slices.ContainsFunc(s.Enum, func(e any) bool { return e == v }) {
		fail("%v is not one of %v", v, s.Enum)
	}
	if s.Type != "" && !hasType(v, s.Type) {
		fail("%T is not of type %s", v, s.Type)
		return errs
	}
	switch v := v.(type) {
	case map[string]any:
		for _, name := range s.Required {
			if _, ok := v[name]; !ok {
				fail("missing required property %q", name)
			}
		}
		for name, pv := range v {
			if ps, ok := s.Properties[name]; ok {
				errs = append(errs, validateSchema(root, ps, pv, path+"."+name)...)
				continue
			}
			switch ap := string(s.AdditionalProperties); {
			case ap == "false":
				fail("property %q is not allowed", name)
			case strings.HasPrefix(ap, "{"):
				var as schema
				if err := json.Unmarshal(s.AdditionalProperties, &as); err != nil {
					fail("bad schema: %v", err)
				}
				errs = append(errs, validateSchema(root, &as, pv, path+"."+name)...)
			}
		}
	case []any:
		if s.MinItems != nil && len(v) < *s.MinItems {
			fail("%d items, want at least %d", len(v), *s.MinItems)
		}
		if s.UniqueItems {
			seen := make(map[string]bool)
			for i, item := range v {
				b, _ := json.Marshal(item)
				if seen[string(b)] {
					fail("item %d is a duplicate", i)
				}
				seen[string(b)] = true
			}
		}
		if s.Items != nil {
			for i, item := range v {
				errs = append(errs, validateSchema(root, s.Items, item, fmt.Sprintf("%s[%d]", path, i))...)
			}
		}
	case float64:
		if s.Minimum != nil && v < *s.Minimum {
			fail("%v is less than the minimum %v", v, *s.Minimum)
		}
	case string:
		switch s.Format {
		case "uri":
			if u, err := url.Parse(v); err != nil || !u.IsAbs() {
				fail("%q is not an absolute URI", v)
			}
		case "uri-reference":
			if _, err := url.Parse(v); err != nil {
				fail("%q is not a URI reference: %v", v, err)
			}
		}
	}
	return errs
}

func hasType(v any, typ string) bool {
	switch typ {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "number":
		_, ok := v.(float64)
		return ok
	case "integer":
		f, ok := v.(float64)
		return ok && f == math.Trunc(f)
	}
	return false
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
	for _, want := range []string{
		`$.version: 2.0.0 is not one of [2.1.0]`,
		`$.runs[0].tool.driver: missing required property "name"`,
		`$.runs[0].results[0].level: fatal is not one of`,
		`$.runs[0].results[0]: property "extra" is not allowed`,
		`region.startLine: 0 is less than the minimum 1`,
		`region.startColumn: float64 is not of type integer`,
		`artifactChanges: 0 items, want at least 1`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("violations do not include %q; got:\n%s", want, got)
		}
	}
}

func validateSARIFSchema(t *testing.T, v any) []string {
	t.Helper()
	var root schema
	if err := json.Unmarshal([]byte(sarifSchemaSubset), &root); err != nil {
		t.Fatalf("schema: %v", err)
	}
	return validateSchema(&root, &root, v, "$")
}
