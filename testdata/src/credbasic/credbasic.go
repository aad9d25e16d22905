// Package credbasic holds Basic credentials written in the source (WL11),
// reported only: the default -secrets=report mode offers no fix.
package credbasic

import (
	"encoding/base64"
	"errors"
	"net/http"
	"os"
)

const whispirURL = "https://api.au.whispir.com/messages"

// Have: the whole header value written out.
func header(req *http.Request) {
	req.Header.Set("Authorization", "Basic YWxpY2U6d29uZGVybGFuZA==")        // want `WL11: hardcoded Basic credentials a…#[0-9a-f]{6}: read the user and password from the environment \(WHISPIR_USERNAME, WHISPIR_PASSWORD\) or a secret store`
	req.Header.Add("Authorization", "basic  Ym9iOmh1bnRlcjI=")               // want `WL11: hardcoded Basic credentials b…#[0-9a-f]{6}`
	req.Header["Authorization"] = []string{"Basic Y2Fyb2w6czNjcjN0Ky8_Pg=="} // want `WL11`
	_ = http.Header{"Authorization": {"Basic Y2Fyb2w6czNjcjN0Ky8/Pg"}}       // want `WL11`
	_ = "Basic " + "YWRtaW46UGE1NXdvcmQh"                                    // want `WL11`
}

// Have: the header built from a literal user:password.
func encoded(req *http.Request) {
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte("alice:wonderland"))) // want `WL11: hardcoded Basic credentials a…#[0-9a-f]{6}`
	req.Header.Set("Authorization", "Basic "+base64.URLEncoding.EncodeToString([]byte(user+":"+password)))  // want `WL11`
	req.Header.Set("Authorization", "Basic "+base64.RawStdEncoding.EncodeToString([]byte("bob:hunter2")))   // want `WL11`
	req.Header.Set("Authorization", "Basic "+base64.RawURLEncoding.EncodeToString([]byte("bob:hunter2")))   // want `WL11`
}

const (
	user     = "alice"
	password = "wonderland"
)

// Have: SetBasicAuth with literals or constants.
func setBasicAuth(req *http.Request, key string) {
	req.SetBasicAuth("alice", "wonderland")          // want `WL11: hardcoded Basic credentials a…#[0-9a-f]{6}`
	req.SetBasicAuth(user, password)                 // want `WL11: hardcoded Basic credentials a…#[0-9a-f]{6}`
	req.SetBasicAuth(key, "wonderland")              // want `WL11`
	req.SetBasicAuth("sk_live_0123456789abcdef", "") // want `WL11`
}

// Not findings: credentials from the environment or a variable, the word
// Basic in prose, and tokens that are not user:password.
func notFindings(req *http.Request, token, u, p string) error {
	req.Header.Set("Authorization", "Basic "+token)
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(u+":"+p)))
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(os.Getenv("U")+":"+os.Getenv("P"))))
	req.SetBasicAuth(os.Getenv("WHISPIR_USERNAME"), os.Getenv("WHISPIR_PASSWORD"))
	req.SetBasicAuth("alice", p)
	req.Header.Set("Authorization", "Bearer "+token)
	_ = base64.StdEncoding.EncodeToString([]byte("key:value")) // not after "Basic "
	_ = "Basic authentication failed: check WHISPIR_USERNAME"
	_ = "Basic bm9jb2xvbg==" // no ':' in the payload
	_ = "Basic ZGF2ZTr//g==" // not UTF-8 text
	_ = "Basic not%base64!"  // not base64
	_ = "Basic \xffYWxp\xfe" // not UTF-8 at all
	_ = "Basic "             // no token
	_ = "Basic YWxpY2U6d29uZGVybGFuZA== extra"
	return errors.New("Basic auth rejected")
}
