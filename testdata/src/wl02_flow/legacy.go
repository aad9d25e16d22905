package wl02_flow

import "net/http"

// Refused as a whole: the key is inside a constant used by two requests;
// the retired host the constant is built from stays as it is too.
const legacyBase = "https://api.whispir.com"      // want `WL01: .*also built with the API key in the query at line 8`
const messages = legacyBase + "/messages?apikey=" // want `WL02`

func SendMessages(key string) (*http.Response, error) {
	return http.Get(messages + key) // want `WL02: .*part of the constant messages`
}

// Have: http with port 80 becomes https with its default port.
const plainBase = "http://api.whispir.com:80" // want `WL01`

// Have: user info in the URL: the password is reported, nothing is rewritten.
func UserInfo(key string) (*http.Response, error) {
	return http.Get("https://whispiruser:S3cr3t-Passw0rd@api.whispir.com/messages?apikey=" + key) // want `WL02: .*holds a password` `WL11`
}

// Refused together: sharedBase would keep its retired host for Shared1, so
// Shared2, built from it too, keeps its key in the query as well.
const sharedBase = "https://api.whispir.com" // want `WL01: .*also built with the API key in the query at line`

func Shared1(key string, c *http.Client) error {
	return Deliver(c, sharedBase+"/messages?apikey="+key) // want `WL02: .*passed to Deliver, which is exported`
}

// Deliver is exported: other packages may send other URLs through it.
func Deliver(c *http.Client, u string) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Shared2(key string) (*http.Response, error) {
	return http.Get(sharedBase + "/templates?apikey=" + key) // want `WL02: .*built from sharedBase, which the site at line`
}

// Refused together: the suppressed site keeps its key in the query, so the
// host it shares with Unsuppressed stays too.
const suppressedBase = "https://api.whispir.com" // want `WL01: .*also built with the API key in the query at line`

func Suppressed(key string) (*http.Response, error) {
	//whispirlint:ignore WL02 migrated with the partner's rollout
	return http.Get(suppressedBase + "/events?apikey=" + key)
}

func Unsuppressed(key string) (*http.Response, error) {
	return http.Get(suppressedBase + "/contacts?apikey=" + key) // want `WL02: .*built from suppressedBase, which the site at line`
}
