package analyzer

// Rules WL21 (Infobip credentials in the URL) and WL22 (Sinch Basic auth).

var ruleInfobipURLCredentials = Rule{
	ID:    "WL21",
	Name:  "infobip-credentials-in-url",
	Title: "Infobip username and password in the query string",
	Since: "v0.1.0",
}

var ruleSinchBasicAuth = Rule{
	ID:    "WL22",
	Name:  "sinch-basic-auth",
	Title: "Basic authentication to a Sinch API",
	Since: "v0.1.0",
}

// checkPeers runs rules WL21 and WL22.
func (p *passState) checkPeers() {}
