package sinch

import "net/http"

// No literal in this file names the provider: numbersBase is a constant
// declared in sinch.go.
func LocalConst(user, pass string) error {
	req, err := http.NewRequest(http.MethodGet, numbersBase+"/v1/projects/p4/availableNumbers", nil)
	if err != nil {
		return err
	}
	req.SetBasicAuth(user, pass) // want `WL22`
	_, err = http.DefaultClient.Do(req)
	return err
}
