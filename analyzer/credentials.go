package analyzer

// Rules WL11 (hardcoded Basic credentials) and WL12 (hardcoded API keys).

var ruleBasicCredentials = Rule{
	ID:    "WL11",
	Name:  "hardcoded-basic-credentials",
	Title: "Hardcoded Basic credentials",
	Since: "v0.1.0",
}

var ruleHardcodedKey = Rule{
	ID:    "WL12",
	Name:  "hardcoded-api-key",
	Title: "Hardcoded API key",
	Since: "v0.1.0",
}

// checkCredentials runs rules WL11 and WL12.
func (p *passState) checkCredentials() {}
