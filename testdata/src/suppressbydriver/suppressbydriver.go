// Package suppressbydriver is suppression under a driver that applies
// //nolint itself (golangci-lint): the analyzer reports what a //nolint
// comment covers, and never reports one as unused (nolintlint does).
package suppressbydriver

import "net/http"

const a = "https://api.whispir.com" //whispirlint:ignore WL01 the analyzer's own directive, under every driver

const e = "https://api.whispir.com" /* want "WL01" */ //nolint:whispirlint // golangci-lint drops it

const j = "https://api.au.whispir.com" //nolint:whispirlint // unused: nolintlint's to say

// The driver drops the WL01 of base: no WL02 fix may move the key to the
// header of a request that keeps the retired host.
const base = "https://api.whispir.com" /* want "WL01" */ //nolint:whispirlint // overridden in production

func Messages(k string, c *http.Client) error {
	req, err := http.NewRequest("GET", base+"/messages?apikey="+k, nil) // want `WL02: .*whose host stays retired: the WL01 report on base's retired host is suppressed`
	if err != nil {
		return err
	}
	_, err = c.Do(req)
	return err
}
