package credenv

import "net/http"

// Have: credentials of an Infobip account.
func infobip(req *http.Request) {
	req.URL.Host = "xyz.api.infobip.com"
	req.SetBasicAuth("alice", "wonderland")                                          // want `WL11: .*\(INFOBIP_USERNAME, INFOBIP_PASSWORD\)`
	req.Header.Set("Authorization", "App 003026bbc133714df1834b8638bb496e-8f4b3d9a") // want `WL12: Infobip API key`
	if req.Method == "" {
		req.Header["Authorization"] = []string{"IBSSO 2f9b4d31f35b6f98a7c1e0d2b3a4c5d6"} // want `WL12: Infobip session token`
	}
}
