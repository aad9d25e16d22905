package fixer

import (
	"crypto/sha256"
	"encoding/hex"
)

// Redact returns a short form of a secret that identifies it without
// revealing it: its first character when the secret is long enough that one
// character gives nothing away, and the first 6 hex digits of its SHA-256.
// Two findings of the same secret get the same form.
func Redact(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	h := hex.EncodeToString(sum[:3])
	if len(secret) >= 8 && secret[0] < 0x80 {
		return secret[:1] + "…#" + h
	}
	return "…#" + h
}
