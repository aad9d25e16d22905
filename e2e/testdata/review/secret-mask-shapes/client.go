package repro

import (
	"fmt"
	"net/http"
	"net/url"
)

const part2 = "Zq7Lm2Xw9Pv4"

func A(c *http.Client) (*http.Response, error) {
	return c.Get("https://api.whispir.com/messages?apikey=" + "Kx8Jd3Hs" + "Ty6Rb1Qn")
}

func B(c *http.Client) (*http.Response, error) {
	return c.Get(`https://api.whispir.com/contacts?apikey=Bv5Nc2Mx7Lk4Jh9G`)
}

func C(c *http.Client) (*http.Response, error) {
	return c.Get(fmt.Sprintf("https://api.whispir.com/x?apikey=%s", "Ww3Ee4Rr5Tt6Yy7U"))
}

func D(c *http.Client) (*http.Response, error) {
	v := url.Values{"apikey": {"Pp1Oo2Ii3Uu4Yy5T"}}
	return c.Get("https://api.whispir.com/y?" + v.Encode())
}

func E(c *http.Client) (*http.Response, error) {
	return c.Get("https://api.whispir.com/z?apikey=Aa1" + part2)
}

func F(c *http.Client) (*http.Response, error) {
	return c.Get("https://api.whispir.com/w?apikey=Gg\x48\u0049Jj8Kk9Ll0Mm")
}

func G(c *http.Client) (*http.Response, error) {
	req, err := http.NewRequest("GET", "https://api.whispir.com/w", nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth("user", "Sup3rS3cretPassw0rd!")
	req.URL.RawQuery = "apikey=Qq9Ww8Ee7Rr6Tt5Y"
	return c.Do(req)
}
