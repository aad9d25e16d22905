package shape25

// The endpoint is assembled from these, as the generated SDKs keep them.
const (
	apiScheme   = "https"
	apiHost     = "api.whispir.com"
	apiKeyParam = "apikey"
)
