// Package suppressbydriver is suppression under a driver that applies
// //nolint itself (golangci-lint): the analyzer reports what a //nolint
// comment covers, and never reports one as unused (nolintlint does).
package suppressbydriver

const a = "https://api.whispir.com" //whispirlint:ignore WL01 the analyzer's own directive, under every driver

const e = "https://api.whispir.com" /* want "WL01" */ //nolint:whispirlint // golangci-lint drops it

const j = "https://api.au.whispir.com" //nolint:whispirlint // unused: nolintlint's to say
