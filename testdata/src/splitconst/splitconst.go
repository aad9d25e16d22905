// Package splitconst declares the Whispir endpoint for other packages.
package splitconst

// BaseURL is used by package split.
const BaseURL = "https://api.whispir.com/api" // want `WL01: retired Whispir host api.whispir.com`

// Regional is already migrated.
const Regional = "https://api.nz.whispir.com"
