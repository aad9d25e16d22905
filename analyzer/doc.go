// Package analyzer defines whispirlint, an analyzer that finds Go code still
// calling the Whispir messaging API the retired way and migrates it.
//
// # Analyzer whispirlint
//
// whispirlint: find and migrate retired Whispir API calls and hardcoded messaging credentials
//
// Whispir retired https://api.whispir.com/...?apikey=KEY. Every request must
// go to a regional host https://api.<region>.whispir.com/... and carry the
// key only in the x-api-key header (the Basic Authorization header stays).
// Code that was not migrated gets 403 Forbidden.
//
// Rules (the ID starts every message and is the diagnostic's category):
//
//	WL01 legacy-host      a string targets a retired Whispir host
//	WL02 apikey-in-query  the API key is sent as a query parameter to Whispir
//	WL11 hardcoded-basic-credentials  Basic credentials written in the source
//	WL12 hardcoded-api-key  an API key written in the source
//	WL21 infobip-credentials-in-url  Infobip username and password in the query
//	WL22 sinch-basic-auth  Basic authentication to a Sinch API (testing only)
//
// The region cannot be derived from the old URL, so it must be given with
// -region=REGION or the WHISPIR_REGION environment variable; regions are
// au, nz, ap, ap1, us, it and education. Without a region every finding is
// still reported, but no fix that rewrites a host is offered.
//
// Run it with -fix to migrate a module in one pass, or with -fix -diff to
// see the change first. Full rule documentation, with before and after
// examples: https://github.com/whispirlint/whispirlint#rules
package analyzer
