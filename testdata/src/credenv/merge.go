package credenv

import (
	"net/http"
	"strings"
)

// Have: two fixes that import os, one of them encoding/base64 too, into
// one gap of the imports: the drivers merge both without importing os twice.
func merge(req *http.Request) {
	req.Header.Set("X-Api-Key", strings.TrimSpace("k3y0123456789abc"))
	req.Header.Set("X-Api-Key", "k3y0123456789abc")                   // want `WL12`
	req.Header.Set("Authorization", "Basic YWxpY2U6d29uZGVybGFuZA==") // want `WL11`
}
