package repro

// Query parameter names of the API.
const (
	keyParam   = "apikey"
	limitParam = "limit"
)
