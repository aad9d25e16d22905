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
// Each rule has an ID (WL01, WL02, WL11, ...) that starts every message
// and is the diagnostic's category; the rules are listed in analyzer.Rules,
// from which whispirlint -help and docs/rules.md are generated.
//
// The region cannot be derived from the old URL, so it must be given with
// -region=REGION or the WHISPIR_REGION environment variable; regions are
// au, nz, ap, ap1, us, it and education. Without a region every finding is
// still reported, but no fix that rewrites a host is offered.
//
// Run it with -fix to migrate a module in one pass, or with -fix -diff to
// see the change first. Full rule documentation, with before and after
// examples: https://github.com/whispirlint/whispirlint/blob/main/docs/rules.md
package analyzer
