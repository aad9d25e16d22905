package cfg

import "net/url"

// Base is the Whispir API.
const Base = "https://api.whispir.com"

// Sign adds the key of another API to v.
func Sign(v url.Values, k string) {
	v.Set("apikey", k)
}
