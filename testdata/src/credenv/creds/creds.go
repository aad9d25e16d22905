// Package creds holds credentials as exported constants.
package creds

const (
	User     = "alice"
	Password = "wonderland"
)
