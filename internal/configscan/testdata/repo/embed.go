package repo

import _ "embed"

// The request template is embedded: its file is scanned like any other.
//
//go:embed assets/whispir.json
var whispirConfig []byte

const regional = "https://api.au.whispir.com/messages"
