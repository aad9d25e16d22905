// Package shape19 mirrors deferred audit/report calls made on return
// (the flush-on-return habit of metrics and audit clients): a deferred closure that reports the
// outcome of the function to Whispir's activities endpoint.
package shape19

import (
	"net/http"
	"strings"
)

// Shape19 runs job and records an activity when it returns.
func Shape19(hc *http.Client, key string, job func() error) (err error) {
	defer func() {
		status := "OK"
		if err != nil {
			status = "FAILED"
		}
		resp, postErr := hc.Post("https://api.whispir.com/activities?apikey="+key+"&source=job",
			"application/vnd.whispir.activity-v1+json", strings.NewReader(`{"status":"`+status+`"}`))
		if postErr == nil {
			resp.Body.Close()
		}
	}()
	return job()
}
