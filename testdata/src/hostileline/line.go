// Package hostileline has files with //line directives, as generators such
// as goyacc and templates write them. Positions may map to another file, so
// findings are reported there but no fix is offered.
package hostileline

import "net/http"

// The directive maps the next line to this very line of this file, so the
// expectation below stays where analysistest looks for it.
//
//line line.go:12
const Base = "https://api.whispir.com" // want `WL01: .*file has //line directives: positions may not map back to the source, edit it by hand`

func Send(key string) error {
	req, err := http.NewRequest(http.MethodGet, Base+"/messages?apikey="+key, nil) // want `WL02: .*//line directives`
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}
